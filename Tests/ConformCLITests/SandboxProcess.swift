import Foundation
import Testing

/// `conform sandbox --port 0 --fault NAME` started in the background, as a CI job starts a
/// server before it runs `conform run` against it; ``stop()`` ends it.
struct SandboxProcess {
    let process: Process
    /// The address the sandbox printed it listens on.
    let baseURL: String

    init(fault: String) throws {
        let executable = try #require(ConformCommand.executable, "conform was not built beside the test bundle")
        process = Process()
        process.executableURL = executable
        process.arguments = ["sandbox", "--port", "0", "--fault", fault]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // The first line says where it listens: `checkout sandbox listening on URL with fault NAME`.
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let words = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard let url = words.first(where: { $0.hasPrefix("http://") }) else {
            process.terminate()
            process.waitUntilExit()
            throw SandboxProcessError(message: "conform sandbox printed no address: \(String(decoding: line, as: UTF8.self))")
        }
        baseURL = String(url)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// A sandbox process that did not say where it listens.
struct SandboxProcessError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
