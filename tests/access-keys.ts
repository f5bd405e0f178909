/**
 * Test-only RSA keys for the Cloudflare Access sign-in tests; never used outside tests. `access`
 * signs tokens the Worker trusts in tests (its public part, `jwks`, is the Worker's
 * CF_ACCESS_JWKS in vitest.config.ts); `stranger` is a key it does not trust.
 */
export const ACCESS_TEST_KEYS = {
  access: {
    kty: "RSA",
    n: "qQCLtWqAkehH0EzO2U1dqC59-yR80WB_Juk4xkRExl763KPIfVkPHR0jJTNG1ZrKNwyiIbX2jojLwNFaZCHfSSZIgllCnWY9XDu4Hs2yZwQssrcz2kApy1AD3tHONebnB9-gD3EZ3gzQ8kcnrbZuiqk_Ti255rbwdVzOsitskg20-aL6BVyKbwI1NYPQQgiAk6KDgkkcFavBT-ZITatFbdssNf5RWzrd3Wdt6QaZTU9L9zwenmaWVgnonozOh3PwheiCAgo7why3FBk5rUfFVeLBBEWF-vMx9A56JC0k8SdP7qnm1eJvnTCMbvAhZgKvJLA-bJ1IKWXxPRkp4YeHGQ",
    e: "AQAB",
    d: "DTuVNN3Ddmk9IkK5WYt0v2PwilcXjN9k5VuSjfeveObb9qW-X443IDz1UQbcT4JgvgG3ujMAvLVaWt0pmjiKvrQILmilziRAvrWQW50YkHdjtpSgs0Cd5ST9QJel8VOEmHm6kyr0bw4K2EWZBkGIE0RgSBNNgJKnblEXgBzlUeQvSiznaUoEvWD0G_HD2LaWyWucUPV2TiwbdHxdio8oJoRTZJB6xUY9Qe-5tWKy5rXOTcPlET-jGcFIuImNkOQjtvxlaWjgPaH4ZYIM_VVEwEfr8F7wMg0pVf7QxwV0JryY5dTK5to0S2KDadwlbaWVJaTwr5U7pZ16LBbdWOpBgQ",
    p: "0JTvVIxbEmXdtuw8zNUr3034biv-hxlVrEYcLqZ3vncYj0MtKkEX4FPfDpFOu0Y9qlCuK5-4geNEk4a0Gei2s4LhXAV2wWfp_rYWPypYGH7tkw73Q4Dk4iiOF9On4FSc2h3L4HSFZveXKwURnYk7JI0AXXxZ8R-TjkrqN-JAY7k",
    q: "z2wme-5rp2jRZ9EahhU2QPAi-ZiNt8z_OI3G5_GMpD1NjjZL_C-QJMPtacnkNBBc1jqcrKuuYwCVRD1sZMb2rdPA6Uhd0OHuxXbCOWBGs1KYrSIJT6wzTynbZBf8arEB6QK-6H1-s2irrK0D8Q1x0biu_TlNlJuQMiCaLr8qrmE",
    dp: "kfAC3Ccv-VlonXoAuFhWT_Ff5sXFWoUxWk3bnhA_K_ZsKqCX0z6kFALayHiGm6Vzs9yrYD5qfAaljorrLE2Ut1jVkOsJwhyQrfR88EkSRmFYnFIWUxa2Dj7N3IHsrZrF_B5o7WzZgcet7x2my5Ce3t4A6Wf-DiVHuoFUCzG0V5E",
    dq: "cmXSf82KIEWmIJzqBQNT7dLDZ2dk2fc818MR7cCB8d9Bk-qMU-UjmbNZkFvh-XkAysJ-wJjbUAz1RjKeQqKdUFeWcNMRsu-40b1i92QK-kHWpL495mwxzDponra_51QCmrGB-xWjuG1FKbIul1bz7FfwYwakrA50I8FpZ9jVQGE",
    qi: "mV2kKCu7DVBXqO_y9KYMS3sPX5wLJZgTGOX8sqk0curc-OePkG8ANxocrw8AmBmo6eUWzaAc_VjSAdJXKer3PD6_k2d_8R9DmM91LAXTZOs6VykGXfqu5CrCF3ybpD8W74U3AfWQ96HwiPedFgnOQitOwyVLCw74Mm2y2nuw80k",
    kid: "test-access-1",
    alg: "RS256",
  },
  stranger: {
    kty: "RSA",
    n: "xa0rsnN5rXFYosBi7CJvmhjbpIYhG3GTMwLHCTrge3v5fHZ60W5JEOvK3zdAxLWYpP8aSL_lz5RvxOafr9ExKq9t8u2684iND4CO3TauVQBDx5TVOjCZ4g1pg5tjGZFKSw2B1YPWvGs1VYfxYUcWms_LY_HU-DE3RQ4GxGQYQgvoZ-EN270bNXYIdqfNPVT9GMlVgynvS_aKHpww3KThzuvN0g7XgLPDTVXrMd9eMXanQC8TRN6-FBX1xdN24Ywx85dmnU1IaJnr_Dio52oJZk5e7WWF3TJ0vRaiRWiJ_lRxIs9lQJwsMim2zIdhgSboF87vDfnAEbaSDN7HFdelPw",
    e: "AQAB",
    d: "V03WpT9T55LOWz8N0Y2Z7Zx58U1d9OFx6g8Zec2blF4aP2qSbsm_Em6ZUIF2JQqxCnoykRvTsxyzSmqy7zM8fEYzkJ2HOoS-DDEyp6e9UgRGazCkBcmuRQS4a6wmlgWxorkp9PN_1QKicQ6TwGtlo-UPRqppbV5LMz_xJC6y-gPBvMOTJeknLIB_i8h9FXR8RtIMDtXnBMu95FyuM7KrQt7KhppYrRJVBD-oFbESccP7N-YZr_9xWC8bERx55CezvebBG3a4GJ44bj6KkEwo4SMkxQdUCfp0S-Na447WQkJ7KGHemLfy_tHIJE4_kRhmsH8UgcEdsbXP3sB4YzN60Q",
    p: "91OMvd4VfwPFt5q2Zjpr1Wk1v6k0ly-I0dzLEqggikcfOzKSkWZ7Un1tVfSnGu5VK_lDfHpfh5BOBuwx9JVIzmytM6DxDhxRzoZLlDizc0LNMadxJa28oidCJCWtJzDLN4XqFQjlaoTVqZZJ_KmElaYAdJZwoi0zdph-6ak6Qe8",
    q: "zJvfh8FwSXYOJ9zCwxQt1ubbNHKkPKNjnh7ig7t9YtVaDO0Ef70I3F-8iMq1XyDYfyyR1GjsUNpEeq4RHiwkwJaLCn0_mzn3YcamdGLNn_d8OYjfDjCLM6e64YT0luaPOOyZDBwULMFVCKAOeZNDCH34RMg-wKfCVgEz4CIz4bE",
    dp: "MxYl7x4NcKP11hv16x3MIlPOD13DCCuAZmDl7V-fARD5yX-DuNbjSEGyMNwNHEn4e9HL981LKDRNea6WDwA6_rCCAjUPNavx1ef1epNPtdIpkkUU4QSG_zN-vPqvTnYMs9ZMaLXitWLkw1fQxoi5YzPbyjk84LLXe3q6VEdpSi8",
    dq: "ErKn4bsOrNfqAUCOV89vRPVB0PAtDBGOV_PQlWM72R1QJmA-igHXXnQtQX7sxi21OyHyjaus9NKNcXyYud4k2aioOiQp_OB2N-w0Z-xjiBvQsV1NrPlIr0bDsDo7M9MMAZK1hcLHITPltm0SBZAsjwkb-AUonuh1vPBNMk1N2nE",
    qi: "tl0ozEDodjTKsuypznQM_15VYYabFtelcW4NNqPr2-0tC74LNeKQHgCHZnSP4i1WlamKp-F2InVMYHfzbblvLIz3X1it9Yw1h30yaWtDdqUrVizdk6bLtIgFCa4s-6YSWzDH2IeIX8QN8QzWbuOMwdOlxxTPebV3ODaIeQCvqZc",
    kid: "test-stranger-1",
    alg: "RS256",
  },
} as const;

/** The team domain and audience the Worker is configured with in tests. */
export const ACCESS_TEST_CONFIG = {
  CF_ACCESS_TEAM_DOMAIN: "https://commandcenter-test.cloudflareaccess.com",
  CF_ACCESS_AUD: "commandcenter-test-aud",
  CF_ACCESS_JWKS: JSON.stringify({
    keys: [
      {
        kty: "RSA",
        n: "qQCLtWqAkehH0EzO2U1dqC59-yR80WB_Juk4xkRExl763KPIfVkPHR0jJTNG1ZrKNwyiIbX2jojLwNFaZCHfSSZIgllCnWY9XDu4Hs2yZwQssrcz2kApy1AD3tHONebnB9-gD3EZ3gzQ8kcnrbZuiqk_Ti255rbwdVzOsitskg20-aL6BVyKbwI1NYPQQgiAk6KDgkkcFavBT-ZITatFbdssNf5RWzrd3Wdt6QaZTU9L9zwenmaWVgnonozOh3PwheiCAgo7why3FBk5rUfFVeLBBEWF-vMx9A56JC0k8SdP7qnm1eJvnTCMbvAhZgKvJLA-bJ1IKWXxPRkp4YeHGQ",
        e: "AQAB",
        kid: "test-access-1",
        alg: "RS256",
        use: "sig",
      },
    ],
  }),
};
