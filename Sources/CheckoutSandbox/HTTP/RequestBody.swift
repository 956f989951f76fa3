import Hummingbird

/// Reads request bodies as JSON for every API.
enum RequestBody {
    /// Bodies past this size are refused as malformed rather than buffered.
    static let maximumSize = 1 << 20

    /// Why a body could not be read as JSON; each API answers it with its documented 4xx.
    struct Malformed: Error {
        let message: String
    }

    static func json(_ request: Request) async throws(Malformed) -> JSONValue {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumSize)
        } catch {
            throw Malformed(message: "request body is larger than \(maximumSize) bytes")
        }
        do {
            return try JSONParser.parse(Array(buffer.readableBytesView))
        } catch {
            throw Malformed(message: "malformed JSON at byte \(error.offset): \(error.message)")
        }
    }
}
