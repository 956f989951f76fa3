/// Known-good strings for the string formats OpenAPI documents use, several per format so
/// that random cases vary.
enum FormatExamples {
    static let strings: [String: [String]] = [
        "date-time": ["2024-01-02T03:04:05Z", "2023-12-31T23:59:59+01:00", "2020-02-29T12:00:00.5Z"],
        "date": ["2024-01-02", "2023-12-31", "2020-02-29"],
        "time": ["03:04:05Z", "23:59:59+01:00"],
        "email": ["user@example.com", "a.b+c@example.org"],
        "uuid": ["123e4567-e89b-12d3-a456-426614174000", "00000000-0000-4000-8000-000000000000"],
        "uri": ["https://example.com/a", "urn:isbn:0451450523"],
        "url": ["https://example.com/a"],
        "uri-reference": ["/a/b", "https://example.com/a?b=c"],
        "hostname": ["example.com", "api.example.org"],
        "ipv4": ["192.0.2.1", "10.0.0.255"],
        "ipv6": ["2001:db8::1", "::1"],
        "byte": ["aGVsbG8=", "Y29uZm9ybQ=="],
        "binary": ["binary-data"],
        "password": ["s3cret-Passw0rd"],
        "unix-time": ["1700000000"],
        "decimal": ["12.34"],
    ]

    /// Strings that come close to a format without meeting it (a uuid one digit short, a
    /// 13th month, an address without a domain), for the formats the validator asserts.
    static let nearMisses: [String: [String]] = [
        "date-time": ["2024-13-02T03:04:05Z", "2024-01-02 03:04:05"],
        "date": ["2024-02-30", "2024-1-2"],
        "time": ["25:00:00Z"],
        "email": ["user@", "user.example.com"],
        "uuid": ["123e4567-e89b-12d3-a456-42661417400", "123e4567e89b12d3a456426614174000"],
        "ipv4": ["256.0.0.1"],
        "ipv6": ["2001:db8:::1"],
        "hostname": ["-example.com"],
        "uri": ["no scheme"],
    ]

    /// An example for `format`, the first without a generator; nil for unknown formats.
    static func example(_ format: String, rng: inout SplitMix64?) -> String? {
        guard let list = strings[format] else { return nil }
        guard var generator = rng else { return list[0] }
        defer { rng = generator }
        return list[Int(generator.below(UInt64(list.count)))]
    }
}
