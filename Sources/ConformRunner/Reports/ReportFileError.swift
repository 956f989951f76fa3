import Foundation

/// A report or baseline file that cannot be read: missing, not JSON, or another format.
public struct ReportFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }

    /// Decodes `type` from the file at `path`, checking its format name and version.
    static func decode<T: Decodable>(
        _ type: T.Type, at path: String, format: String, version: Int, header: (T) -> (String, Int)
    ) throws(ReportFileError) -> T {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReportFileError(path: path, reason: "cannot be read")
        }
        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw ReportFileError(path: path, reason: "not a \(format) file (\(error))")
        }
        let (name, found) = header(value)
        guard name == format, found == version else {
            throw ReportFileError(path: path, reason: "is \(name) version \(found); expected \(format) version \(version)")
        }
        return value
    }
}
