import Foundation

/// Shows a run's progress on the console: a live line redrawn in place on a terminal, plain
/// lines at most every `interval` seconds otherwise (logs of CI jobs keep every line).
///
/// Sendable through its lock (`Mutex` would need macOS 15; the package supports 14).
public final class ProgressReporter: @unchecked Sendable {
    /// How progress is shown.
    public enum Style: Sendable, Equatable {
        /// One line redrawn with a carriage return, at most ten times a second.
        case live
        /// A full line every `interval` seconds, and one when a spec's cases are done.
        case plain(interval: Double)
        /// Nothing (`--quiet`).
        case silent
    }

    struct State {
        var label = ""
        var lastPrinted = -Double.infinity
    }

    public let style: Style
    let write: @Sendable (String) -> Void
    let lock = NSLock()
    var state = State()

    /// The style for this process: silent when quiet, plain when standard error is not a
    /// terminal or `CI` is set, live otherwise.
    public static func style(quiet: Bool, isTerminal: Bool, environment: [String: String]) -> Style {
        if quiet { return .silent }
        let ci = environment["CI"].map { !$0.isEmpty && $0 != "0" && $0.lowercased() != "false" } ?? false
        return isTerminal && !ci ? .live : .plain(interval: 10)
    }

    /// Writes to standard error by default, so standard output stays the findings.
    public init(style: Style, write: @escaping @Sendable (String) -> Void = ProgressReporter.standardError) {
        self.style = style
        self.write = write
    }

    /// Writes text to standard error as it comes.
    public static let standardError: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }

    /// Starts a new spec's progress.
    public func begin(_ spec: String) {
        lock.withLock { state = State(label: spec) }
    }

    /// Shows `progress`, at most once per interval for plain output.
    public func update(_ progress: RunProgress) {
        lock.withLock {
            switch style {
            case .silent: return
            case .live:
                // Ten redraws a second at most: a terminal need not repaint per request.
                guard progress.elapsed - state.lastPrinted >= 0.1 || progress.done == progress.total else { return }
                state.lastPrinted = progress.elapsed
                write("\r\u{1B}[2K" + ProgressReporter.line(state.label, progress))
            case .plain(let interval):
                guard progress.elapsed - state.lastPrinted >= interval || progress.done == progress.total else { return }
                state.lastPrinted = progress.elapsed
                write(ProgressReporter.line(state.label, progress) + "\n")
            }
        }
    }

    /// Clears a live line so the next output starts on a clean line.
    public func finish() {
        if style == .live { lock.withLock { write("\r\u{1B}[2K") } }
    }

    /// `specs/dodo.yaml: 120/300 cases, 2 findings, 85.0 req/s, 2s left`.
    public static func line(_ label: String, _ progress: RunProgress) -> String {
        let left = progress.remaining.map { "\(Int($0.rounded(.up)))s left" } ?? "-"
        return "\(label): \(progress.done)/\(progress.total) cases, \(progress.findings) findings, "
            + String(format: "%.1f req/s", progress.rate) + ", \(left)"
    }
}
