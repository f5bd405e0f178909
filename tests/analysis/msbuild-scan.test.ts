import { describe, expect, it } from "vitest";
import { isTable, list, readXml, type Table, table, text } from "../../worker/features/analysis/manifests/formats";
import { type MsBuildParts, scanMsBuild } from "../../worker/features/analysis/manifests/msbuild-scan";

/** The parts as a full parse gives them (the MSBuild reader's former path). */
function parsed(content: string, element: string): MsBuildParts {
  const project = table(readXml(content), "Project");
  return {
    sdk: text(project["@Sdk"]),
    sdkNames: list(project.Sdk).map((sdk) => (isTable(sdk) ? text(sdk["@Name"]) : undefined)),
    items: list(project.ItemGroup)
      .flatMap((group) => list(isTable(group) ? group[element] : undefined))
      .filter(isTable),
  };
}

/** What the reader takes from the parts. */
function read(parts: MsBuildParts | null) {
  const item = (i: Table) => ["@Include", "@Update", "@Version", "Version", "@VersionOverride"].map((k) => text(i[k]));
  return parts && { sdks: [parts.sdk, ...parts.sdkNames], items: parts.items.map(item) };
}

const PROJECT = `<?xml version="1.0" encoding="utf-8"?>
<!-- <ItemGroup><PackageReference Include="Commented" /></ItemGroup> -->
<Project Sdk=" Microsoft.NET.Sdk.Web ; Aspire.AppHost.Sdk/9.0.0 ">
  <Sdk Name="MSTest.Sdk" Version="3.6.0" />
  <Sdk />
  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>
  <ItemGroup Condition="'$(Configuration)' > 'Debug'">
    <PackageReference Include=" Serilog " Version="4.0.0" />
    <PackageReference Include="Polly"><Version> 8.4.0 </Version><PrivateAssets>all</PrivateAssets></PackageReference>
    <PackageReference Include='Dapper' VersionOverride = '2.1.35' />
    <PackageReference Update="xunit"><Version Condition="true">2.9</Version></PackageReference>
    <PackageReference Include="Twice"><Version>1</Version><Version>2</Version></PackageReference>
    <PackageReference>text only</PackageReference>
    <PackageReference />
    <PackageReference Include="A&amp;B"><Version /></PackageReference>
    <Compile Include="x.cs" />
  </ItemGroup>
  <ItemGroup />
  <Target Name="T"><ItemGroup><PackageReference Include="InsideTarget" /></ItemGroup></Target>
</Project>`;

describe("scanning MSBuild files", () => {
  it("finds the SDKs and items a full parse finds, in the same order and with the same values", () => {
    const scanned = scanMsBuild(PROJECT, "PackageReference");
    expect(scanned).not.toBeNull();
    expect(read(scanned)).toEqual(read(parsed(PROJECT, "PackageReference")));
    expect(read(scanned)?.items.map((i) => i[0] ?? i[1])).toEqual([
      "Serilog",
      "Polly",
      "Dapper",
      "xunit",
      "Twice",
      "A&amp;B",
    ]);
  });

  it("finds nothing in a document whose root is not a Project", () => {
    const other = `<Other Sdk="X"><ItemGroup><PackageReference Include="Y" /></ItemGroup></Other>`;
    expect(read(scanMsBuild(other, "PackageReference"))).toEqual(read(parsed(other, "PackageReference")));
    expect(scanMsBuild(other, "PackageReference")?.items).toEqual([]);
  });

  it("leaves CDATA, a DOCTYPE and markup inside a Version to the full parse", () => {
    for (const content of [
      `<Project><ItemGroup><PackageReference Include="X"><Version><![CDATA[1.0]]></Version></PackageReference></ItemGroup></Project>`,
      `<!DOCTYPE Project><Project />`,
      `<Project><ItemGroup><PackageReference Include="X"><Version>1<!-- c -->2</Version></PackageReference></ItemGroup></Project>`,
    ]) {
      expect(scanMsBuild(content, "PackageReference")).toBeNull();
    }
  });
});
