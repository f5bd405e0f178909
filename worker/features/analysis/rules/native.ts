import type { ContentMatcher, RuleSpec } from "./types";
import { inDomain } from "./types";

/**
 * What C and C++ projects declare: CMake's `find_package`/`FetchContent`, Meson's `dependency()`,
 * and the vcpkg and Conan manifests. `lib` is the name as those files spell it.
 */
function nativeLibrary(lib: { cmake?: string; meson?: string; vcpkg?: string; conan?: string }): ContentMatcher[] {
  const out: ContentMatcher[] = [];
  if (lib.cmake) {
    const name = lib.cmake;
    out.push({
      glob: "**/CMakeLists.txt",
      patterns: [
        new RegExp(`(find_package|pkg_check_modules|FetchContent_Declare)\\s*\\(\\s*(\\w+\\s+)?${name}\\b`, "i"),
      ],
    });
    out.push({ glob: "**/*.cmake", patterns: [new RegExp(`find_package\\s*\\(\\s*${name}\\b`, "i")] });
  }
  if (lib.meson) {
    out.push({ glob: "**/meson.build", patterns: [new RegExp(`dependency\\s*\\(\\s*'${lib.meson}\\b`, "i")] });
  }
  if (lib.vcpkg) out.push({ glob: "**/vcpkg.json", patterns: [new RegExp(`"${lib.vcpkg}\\b`)] });
  if (lib.conan) {
    out.push({ glob: "**/conanfile.txt", patterns: [new RegExp(`^\\s*${lib.conan}/`, "m")] });
    out.push({ glob: "**/conanfile.py", patterns: [new RegExp(`["']${lib.conan}/`)] });
  }
  return out;
}

const specs: RuleSpec[] = [
  { title: "Meson", files: ["**/meson.build", "**/meson_options.txt", "**/meson.options"] },
  { title: "Conan", files: ["**/conanfile.txt", "**/conanfile.py"] },
  { title: "vcpkg", files: ["**/vcpkg.json", "**/vcpkg-configuration.json"] },
  { title: "Ninja", files: ["**/build.ninja"] },
  {
    title: "Qt",
    contents: nativeLibrary({ cmake: "Qt[56]?", meson: "qt[56]", vcpkg: "qt(base|5)", conan: "qt" }),
    dependencies: { pypi: ["PyQt5", "PyQt6", "PySide2", "PySide6"] },
  },
  { title: "Boost", contents: nativeLibrary({ cmake: "Boost", meson: "boost", vcpkg: "boost", conan: "boost" }) },
  {
    title: "GoogleTest",
    contents: nativeLibrary({ cmake: "(GTest|googletest)", meson: "gtest", vcpkg: "gtest", conan: "gtest" }),
  },
  { title: "Catch2", contents: nativeLibrary({ cmake: "Catch2", meson: "catch2", vcpkg: "catch2", conan: "catch2" }) },
  { title: "fmt", contents: nativeLibrary({ cmake: "fmt", meson: "fmt", vcpkg: "fmt", conan: "fmt" }) },
  { title: "spdlog", contents: nativeLibrary({ cmake: "spdlog", meson: "spdlog", vcpkg: "spdlog", conan: "spdlog" }) },
  { title: "Eigen", contents: nativeLibrary({ cmake: "Eigen3", meson: "eigen3", vcpkg: "eigen3", conan: "eigen" }) },
  { title: "libcurl", contents: nativeLibrary({ cmake: "CURL", meson: "libcurl", vcpkg: "curl", conan: "libcurl" }) },
  { title: "SDL", contents: nativeLibrary({ cmake: "SDL[23]", meson: "sdl[23]", vcpkg: "sdl[23]", conan: "sdl" }) },
  {
    title: "Vulkan",
    contents: nativeLibrary({ cmake: "Vulkan", meson: "vulkan", vcpkg: "vulkan", conan: "vulkan-loader" }),
  },
  {
    title: "OpenSSL",
    contents: nativeLibrary({ cmake: "OpenSSL", meson: "openssl", vcpkg: "openssl", conan: "openssl" }),
  },
  {
    title: "Protocol Buffers",
    contents: nativeLibrary({ cmake: "Protobuf", meson: "protobuf", vcpkg: "protobuf", conan: "protobuf" }),
  },
  { title: "gRPC", contents: nativeLibrary({ cmake: "gRPC", meson: "grpc", vcpkg: "grpc", conan: "grpc" }) },
  {
    title: "OpenCV",
    contents: nativeLibrary({ cmake: "OpenCV", meson: "opencv4?", vcpkg: "opencv", conan: "opencv" }),
  },
  {
    title: "SQLite",
    contents: nativeLibrary({ cmake: "SQLite3", meson: "sqlite3", vcpkg: "sqlite3", conan: "sqlite3" }),
  },
];

/** C and C++: build systems, package managers and the libraries their manifests name. */
export const NATIVE_RULES = inDomain("languages-frameworks", specs);
