import ArgumentParser
import CheckoutSandbox
import Foundation

/// `conform sandbox`: serves the four seed APIs locally, optionally with one planted fault.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serve the seed checkout APIs (Stripe, Gr4vy, Dodo, Quaderno) with in-memory state.",
        discussion: """
            Test credentials: bearer token '\(SandboxCredentials.bearerToken)' (Gr4vy, Dodo); \
            basic '\(SandboxCredentials.basicUser):\(SandboxCredentials.basicPassword)' (Quaderno).
            """)

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "Address to bind.")
    var host = "127.0.0.1"

    @Option(help: "Run with one planted fault (see --list-faults).")
    var fault: String?

    @Flag(help: "List the planted faults and exit.")
    var listFaults = false

    func validate() throws {
        if let fault, Fault(rawValue: fault) == nil {
            let names = Fault.allCases.map(\.name).joined(separator: ", ")
            throw ValidationError("Unknown fault '\(fault)'. Valid faults: \(names)")
        }
        if !(0...65535).contains(port) {
            throw ValidationError("--port must be between 0 and 65535")
        }
    }

    func run() async throws {
        if listFaults {
            print(Self.faultTable())
            return
        }
        let sandbox = try await SandboxServer.start(host: host, port: port, fault: fault.flatMap(Fault.init))
        let line = "checkout sandbox listening on \(sandbox.baseURL)" + (fault.map { " with fault \($0)" } ?? "")
        // Written straight to the descriptor: print's buffer is flushed only when it fills
        // when standard output is a pipe, and a script reading this line would wait for it.
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
        // Serve until the process is interrupted.
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
        await sandbox.stop()
    }

    /// The faults as an aligned plain-text table.
    static func faultTable() -> String {
        let header = ["FAULT", "API", "OPERATION", "CHECK", "DESCRIPTION"]
        let rows = Fault.allCases.map { [$0.name, $0.api, $0.operation, $0.check, $0.summary] }
        let widths = (0..<header.count - 1).map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column < widths.count ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) : cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
