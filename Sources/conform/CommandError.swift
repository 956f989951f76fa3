import ArgumentParser

/// A problem that ends a command: ``Conform/main()`` writes its lines to standard error and
/// exits with its status. Every command reports such a problem by throwing one.
struct CommandError: Error {
    /// The lines for standard error, each a diagnostic or an `error: ...` message.
    var lines: [String]
    var status: ExitCode

    init(_ lines: [String], status: ExitCode = .invalidInput) {
        self.lines = lines
        self.status = status
    }

    /// `error: message`, invalid input.
    static func invalid(_ message: String) -> CommandError {
        CommandError(["error: " + message])
    }

    /// Every diagnostic as it prints (a load error's, a document's errors), invalid input.
    static func diagnostics(_ diagnostics: some Sequence<some CustomStringConvertible>) -> CommandError {
        CommandError(diagnostics.map(\.description))
    }
}
