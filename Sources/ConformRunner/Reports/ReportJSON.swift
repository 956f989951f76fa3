import Foundation

/// The JSON form of reports and baselines: sorted keys, two-space indent, unescaped
/// slashes, trailing newline, so equal values give equal bytes. `report.json`, which grows
/// with the cases, is written the same way by ``JSONTextWriter``.
enum ReportJSON {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Reports hold only strings, integers, booleans and finite doubles: encoding cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
