import { inDomain } from "./types";

/** .NET application stacks: UI frameworks, Aspire, messaging, logging and the common libraries. */
export const DOTNET_RULES = inDomain("languages-frameworks", [
  {
    title: ".NET",
    files: ["**/*.csproj", "**/*.fsproj", "**/*.vbproj", "**/*.sln", "**/*.slnx", "**/Directory.Packages.props"],
    // global.json is also a common name for translation and configuration files: only the SDK's counts.
    contents: [{ glob: "**/global.json", patterns: [/"sdk"\s*:\s*\{/] }],
    dependencies: { "github-actions": ["actions/setup-dotnet"] },
  },
  {
    title: "ASP.NET Core",
    dependencies: { nuget: ["Microsoft.AspNetCore.*", "Swashbuckle.AspNetCore*", "Asp.Versioning.*"] },
    contents: [{ glob: "**/*.csproj", patterns: [/Sdk="Microsoft\.NET\.Sdk\.Web"/] }],
  },
  {
    title: ".NET Aspire",
    dependencies: { nuget: ["Aspire.*", "CommunityToolkit.Aspire.*"] },
    contents: [{ glob: "**/*.csproj", patterns: [/Aspire\.AppHost\.Sdk|<IsAspireHost>true/] }],
  },
  {
    title: "Blazor",
    dependencies: {
      nuget: [
        "Microsoft.AspNetCore.Components*",
        "Microsoft.AspNetCore.Components.WebAssembly*",
        "MudBlazor",
        "Radzen.Blazor",
        "Blazored.*",
      ],
    },
    files: ["**/*.razor"],
  },
  {
    title: ".NET MAUI",
    dependencies: {
      nuget: ["Microsoft.Maui.*", "CommunityToolkit.Maui*", "Microsoft.AspNetCore.Components.WebView.Maui"],
    },
    contents: [{ glob: "**/*.csproj", patterns: [/<UseMaui>true<\/UseMaui>/] }],
  },
  { title: "WPF", contents: [{ glob: "**/*.csproj", patterns: [/<UseWPF>true<\/UseWPF>/] }] },
  {
    title: "Windows Forms",
    contents: [{ glob: "**/*.csproj", patterns: [/<UseWindowsForms>true<\/UseWindowsForms>/] }],
  },
  { title: "WinUI", dependencies: { nuget: ["Microsoft.WindowsAppSDK", "Microsoft.UI.Xaml"] } },
  { title: "Avalonia", dependencies: { nuget: ["Avalonia", "Avalonia.*"] } },
  { title: "Uno Platform", dependencies: { nuget: ["Uno.*", "Uno.Sdk"] } },
  { title: "Xamarin", dependencies: { nuget: ["Xamarin.*"] } },
  { title: "CommunityToolkit MVVM", dependencies: { nuget: ["CommunityToolkit.Mvvm"] } },
  {
    title: "Entity Framework Core",
    dependencies: {
      nuget: [
        "Microsoft.EntityFrameworkCore*",
        "Npgsql.EntityFrameworkCore.*",
        "Pomelo.EntityFrameworkCore.*",
        "Aspire.*EntityFrameworkCore*",
      ],
    },
  },
  { title: "Dapper", dependencies: { nuget: ["Dapper", "Dapper.*"] } },
  { title: "MediatR", dependencies: { nuget: ["MediatR", "MediatR.*"] } },
  { title: "FluentValidation", dependencies: { nuget: ["FluentValidation", "FluentValidation.*"] } },
  { title: "AutoMapper", dependencies: { nuget: ["AutoMapper", "AutoMapper.*"] } },
  { title: "MassTransit", dependencies: { nuget: ["MassTransit", "MassTransit.*"] } },
  { title: "NServiceBus", dependencies: { nuget: ["NServiceBus", "NServiceBus.*"] } },
  { title: "Hangfire", dependencies: { nuget: ["Hangfire", "Hangfire.*"] } },
  { title: "Quartz.NET", dependencies: { nuget: ["Quartz", "Quartz.*"] } },
  { title: "SignalR", dependencies: { nuget: ["Microsoft.AspNetCore.SignalR*"], npm: ["@microsoft/signalr"] } },
  { title: "Orleans", dependencies: { nuget: ["Microsoft.Orleans.*"] } },
  {
    title: "Dapr",
    dependencies: { nuget: ["Dapr.*"], npm: ["@dapr/dapr"], pypi: ["dapr"], go: ["github.com/dapr/go-sdk"] },
    images: ["daprio/*"],
  },
  { title: "Serilog", dependencies: { nuget: ["Serilog", "Serilog.*"] } },
  { title: "NLog", dependencies: { nuget: ["NLog", "NLog.*"] } },
  {
    title: "Polly",
    dependencies: {
      nuget: ["Polly", "Polly.*", "Microsoft.Extensions.Http.Polly", "Microsoft.Extensions.Http.Resilience"],
    },
  },
  { title: "Refit", dependencies: { nuget: ["Refit", "Refit.*"] } },
  { title: "NSwag", dependencies: { nuget: ["NSwag.*"] } },
  { title: "Swagger UI", dependencies: { nuget: ["Swashbuckle.AspNetCore*"] } },
  { title: "SkiaSharp", dependencies: { nuget: ["SkiaSharp", "SkiaSharp.*"] } },
  { title: "ImageSharp", dependencies: { nuget: ["SixLabors.ImageSharp*"] } },
  { title: "YamlDotNet", dependencies: { nuget: ["YamlDotNet"] } },
  {
    title: "Microsoft Semantic Kernel",
    dependencies: { nuget: ["Microsoft.SemanticKernel*"], pypi: ["semantic-kernel"] },
  },
  { title: "Microsoft.Extensions.AI", dependencies: { nuget: ["Microsoft.Extensions.AI*"] } },
  {
    title: "Azure OpenAI",
    dependencies: {
      nuget: ["Azure.AI.OpenAI", "Aspire.Azure.AI.OpenAI", "Aspire.Hosting.Azure.CognitiveServices"],
      npm: ["@azure/openai"],
    },
    resources: ["azurerm_cognitive_account", "azurerm_cognitive_deployment"],
  },
  { title: "gRPC", dependencies: { nuget: ["Grpc.*", "Google.Protobuf"] } },
  { title: "Protocol Buffers", dependencies: { nuget: ["Google.Protobuf", "Grpc.Tools"] } },
]);
