import { inDomain } from "./types";

/** JVM and Android: Spring family, Android Jetpack, Kotlin libraries, build plugins and runtimes. */
export const JVM_RULES = inDomain("languages-frameworks", [
  {
    title: "Java",
    files: ["**/*.java", "**/pom.xml", "**/.java-version"],
    images: ["openjdk", "eclipse-temurin", "amazoncorretto", "azul/zulu-openjdk*"],
    dependencies: { "github-actions": ["actions/setup-java"], gradle: ["java", "java-library", "application"] },
  },
  {
    title: "Kotlin",
    dependencies: {
      maven: ["org.jetbrains.kotlin:*", "org.jetbrains.kotlin.*", "org.jetbrains.kotlinx:*"],
      gradle: ["kotlin-android", "org.jetbrains.kotlin.*"],
    },
    files: ["**/*.kt"],
  },
  {
    title: "Spring Boot",
    dependencies: {
      maven: ["org.springframework.boot:*", "spring-boot-starter-*"],
      gradle: ["org.springframework.boot"],
    },
  },
  { title: "Spring Framework", dependencies: { maven: ["org.springframework:*"] } },
  { title: "Spring Cloud", dependencies: { maven: ["org.springframework.cloud:*"] } },
  {
    title: "Spring Data",
    dependencies: { maven: ["org.springframework.data:*", "org.springframework.boot:spring-boot-starter-data-*"] },
  },
  {
    title: "Thymeleaf",
    dependencies: {
      maven: ["org.thymeleaf:*", "org.thymeleaf.extras:*", "org.springframework.boot:spring-boot-starter-thymeleaf"],
    },
  },
  {
    title: "Hibernate",
    dependencies: {
      maven: ["org.hibernate:*", "org.hibernate.orm:*", "org.springframework.boot:spring-boot-starter-data-jpa"],
    },
  },
  { title: "H2", dependencies: { maven: ["com.h2database:h2"] } },
  { title: "HSQLDB", dependencies: { maven: ["org.hsqldb:hsqldb"] } },
  { title: "Caffeine", dependencies: { maven: ["com.github.ben-manes.caffeine:*"] } },
  { title: "Ehcache", dependencies: { maven: ["org.ehcache:*", "net.sf.ehcache:*"] } },
  {
    title: "GraalVM",
    dependencies: { maven: ["org.graalvm.buildtools:*", "org.graalvm.buildtools.native", "org.graalvm.*:*"] },
    images: ["ghcr.io/graalvm/*", "container-registry.oracle.com/graalvm/*"],
  },
  {
    title: "JaCoCo",
    dependencies: { maven: ["org.jacoco:*", "jacoco"], "github-actions": ["madrapps/jacoco-report"] },
  },
  { title: "Kover", dependencies: { maven: ["org.jetbrains.kotlinx.kover", "org.jetbrains.kotlinx:kover*"] } },
  { title: "Micrometer", dependencies: { maven: ["io.micrometer:*"] } },
  { title: "SLF4J", dependencies: { maven: ["org.slf4j:*"] } },
  { title: "Logback", dependencies: { maven: ["ch.qos.logback:*"] } },
  { title: "Log4j", dependencies: { maven: ["org.apache.logging.log4j:*"] } },
  { title: "Gson", dependencies: { maven: ["com.google.code.gson:gson"] } },
  { title: "Apache Camel", dependencies: { maven: ["org.apache.camel:*"] } },
  { title: "Vert.x", dependencies: { maven: ["io.vertx:*"] } },
  { title: "Akka", dependencies: { maven: ["com.typesafe.akka:*"] } },
  { title: "Project Reactor", dependencies: { maven: ["io.projectreactor:*"] } },
  { title: "MapStruct", dependencies: { maven: ["org.mapstruct:*"] } },
  { title: "Jakarta EE", dependencies: { maven: ["jakarta.platform:*", "jakarta.*:*"] } },
  { title: "WebJars", dependencies: { maven: ["org.webjars:*", "org.webjars.*:*"] } },
  {
    title: "Android",
    dependencies: {
      maven: ["com.android.tools.build:gradle", "androidx.*:*"],
      gradle: ["com.android.application", "com.android.library", "com.android.*"],
    },
    files: ["**/AndroidManifest.xml"],
  },
  {
    title: "Jetpack Compose",
    dependencies: {
      maven: [
        "androidx.compose.*:*",
        "androidx.compose:*",
        "androidx.activity:activity-compose",
        "org.jetbrains.compose.*:*",
      ],
      gradle: ["org.jetbrains.kotlin.plugin.compose", "org.jetbrains.compose"],
    },
  },
  {
    title: "Compose Multiplatform",
    dependencies: { maven: ["org.jetbrains.compose.*:*"], gradle: ["org.jetbrains.compose"] },
  },
  {
    title: "Material Design",
    dependencies: {
      maven: ["androidx.compose.material3:*", "androidx.compose.material:*", "com.google.android.material:material"],
      npm: ["@material/*", "material-components-web"],
    },
  },
  {
    title: "Hilt",
    dependencies: { maven: ["com.google.dagger:hilt-*", "androidx.hilt:*", "com.google.dagger.hilt.android"] },
  },
  { title: "Dagger", dependencies: { maven: ["com.google.dagger:*"] } },
  { title: "Koin", dependencies: { maven: ["io.insert-koin:*"] } },
  { title: "Room", dependencies: { maven: ["androidx.room:*", "androidx.room"] } },
  { title: "DataStore", dependencies: { maven: ["androidx.datastore:*"] } },
  { title: "WorkManager", dependencies: { maven: ["androidx.work:*"] } },
  { title: "Jetpack Navigation", dependencies: { maven: ["androidx.navigation:*", "androidx.navigation3:*"] } },
  { title: "Kotlin Coroutines", dependencies: { maven: ["org.jetbrains.kotlinx:kotlinx-coroutines-*"] } },
  {
    title: "Kotlin Serialization",
    dependencies: {
      maven: ["org.jetbrains.kotlinx:kotlinx-serialization-*", "org.jetbrains.kotlin.plugin.serialization"],
    },
  },
  {
    title: "Kotlin Symbol Processing",
    dependencies: { maven: ["com.google.devtools.ksp", "com.google.devtools.ksp:*"] },
  },
  { title: "Retrofit", dependencies: { maven: ["com.squareup.retrofit2:*"] } },
  { title: "OkHttp", dependencies: { maven: ["com.squareup.okhttp3:*", "com.squareup.okhttp:*"] } },
  { title: "Moshi", dependencies: { maven: ["com.squareup.moshi:*"] } },
  { title: "Coil", dependencies: { maven: ["io.coil-kt:*", "io.coil-kt.coil3:*"] } },
  { title: "Glide", dependencies: { maven: ["com.github.bumptech.glide:*"] } },
  { title: "Ktor", dependencies: { maven: ["io.ktor:*"] } },
  { title: "Exposed", dependencies: { maven: ["org.jetbrains.exposed:*"] } },
  {
    title: "Firebase",
    dependencies: {
      maven: ["com.google.firebase:*", "com.google.gms.google-services", "com.google.firebase.*"],
      pub: ["firebase_*", "cloud_firestore"],
      npm: ["firebase", "firebase-admin", "firebase-functions"],
      pypi: ["firebase-admin"],
      swift: ["github.com/firebase/firebase-ios-sdk"],
    },
    files: ["**/firebase.json", "**/google-services.json", "**/GoogleService-Info.plist"],
  },
  { title: "Google Play Services", dependencies: { maven: ["com.google.android.gms:*"] } },
  { title: "Protocol Buffers", dependencies: { maven: ["com.google.protobuf:*", "com.google.protobuf"] } },
  { title: "Maven", files: ["**/pom.xml", "**/mvnw", "**/.mvn/wrapper/maven-wrapper.properties"] },
  {
    title: "Gradle",
    files: [
      "**/build.gradle",
      "**/build.gradle.kts",
      "**/settings.gradle",
      "**/settings.gradle.kts",
      "**/gradlew",
      "**/gradle/libs.versions.toml",
    ],
    dependencies: { "github-actions": ["gradle/actions/*", "gradle/gradle-build-action"] },
  },
  {
    title: "CycloneDX",
    dependencies: { maven: ["org.cyclonedx:*", "org.cyclonedx.bom"], npm: ["@cyclonedx/*"], pypi: ["cyclonedx-bom"] },
  },
]);
