import Hummingbird

/// Reads request bodies as JSON for every API.
enum RequestBody {
    /// Bodies past this size are refused as malformed rather than buffered.
    static let maximumSize = 1 << 20

    /// Why a body could not be read as JSON; each API answers it with its documented 4xx.
    struct Malformed: Error {
        let message: String
        /// True when the bytes ended before the JSON value did (a truncated body).
        var endedEarly = false
    }

    static func json(_ request: Request) async throws(Malformed) -> JSONValue {
        try json(await bytes(request))
    }

    /// The body's bytes, at most ``maximumSize`` of them.
    static func bytes(_ request: Request) async throws(Malformed) -> [UInt8] {
        do {
            return Array(try await request.body.collect(upTo: maximumSize).readableBytesView)
        } catch {
            throw Malformed(message: "request body is larger than \(maximumSize) bytes")
        }
    }

    static func json(_ bytes: [UInt8]) throws(Malformed) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw Malformed(
                message: "malformed JSON at byte \(error.offset): \(error.message)", endedEarly: error.offset == bytes.count)
        }
    }
}
