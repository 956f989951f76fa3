import Foundation
import Testing

/// Runs the built `conform` executable, as a user or a CI script would, from the package root.
enum ConformCommand {
    /// The package root, derived from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `conform` beside the test bundle: `swift test` builds every product of the package.
    static let executable: URL? = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent("conform") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// What one run printed and how it exited.
    struct Outcome: Equatable {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `conform ARGUMENTS` in `folder` (default: the package root) and waits for it; its
    /// output goes through files, so neither stream can fill a pipe while the other is read.
    /// `environment` sets (or, with nil, removes) variables of the test's own environment.
    static func run(_ arguments: [String], in folder: URL = packageRoot, environment: [String: String?] = [:]) throws
        -> Outcome
    {
        let executable = try #require(executable, "conform was not built beside the test bundle")
        let streams = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: streams) }
        let output = streams.appendingPathComponent("out")
        let errors = streams.appendingPathComponent("err")
        try Data().write(to: output)
        try Data().write(to: errors)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            output: try String(contentsOf: output, encoding: .utf8),
            errors: try String(contentsOf: errors, encoding: .utf8))
    }

    /// A fresh, empty temporary folder.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conform-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` to a file named `name` in a fresh temporary folder and returns its path.
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let url = try scratchFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
