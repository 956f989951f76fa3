import ArgumentParser
import CheckoutSandbox
import ConformCore
import ConformRunner
import Foundation

/// `conform run SPEC... --target URL|sandbox`: sends every case and judges every response.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Send generated cases to a target and check every response against the document.",
        discussion: """
            Prints findings grouped by operation and check, requests without a usable response, \
            then a one-line summary, and writes report.json, junit.xml, summary.md and report.html \
            into --reports. Exit status: 0 conformant, 1 failing findings (--fail-on, --baseline) \
            or requests without a usable response, 2 invalid input, 3 target unreachable.
            """)

    @Argument(help: "OpenAPI documents (YAML or JSON files, or http(s) URLs); default: the config file's 'specs'.")
    var specs: [String] = []

    @Option(help: "The config file (default: conform.yaml in the working directory, if there is one); flags override it.")
    var config: String?

    @Option(help: "Base URL of the server under test, or 'sandbox' for the built-in checkout sandbox (default: the spec's one server).")
    var target: String?

    @Option(name: .customLong("spec-header"), help: "A header 'Name: value' for fetching URL specs (a spec behind authentication); repeatable.")
    var specHeaders: [String] = []

    @Option(help: "Run seed for random cases (0 if not given; random cases are recorded as golden only with an explicit seed).")
    var seed: UInt64?

    @Option(help: "Random cases per operation (default: 0).")
    var random: Int?

    @Option(help: "Only the operation with this operationId (or 'METHOD /path', or 'tag:NAME'); repeatable.")
    var operation: [String] = []

    @Option(help: "Not the operation with this operationId (or 'METHOD /path', or 'tag:NAME'); repeatable.")
    var exclude: [String] = []

    @Option(help: "Requests in flight at once (default: 8 per core).")
    var concurrency: Int = RunConfiguration.defaultConcurrency

    @Option(help: "Seconds one request may take, body included (default: 10).")
    var timeout: Double?

    @Option(help: "Seconds the whole run may take; cases not started by then are skipped.")
    var budget: Double?

    @Option(help: "Requests per second at most; a 429's Retry-After is then honoured.")
    var rate: Double?

    @Option(help: "Bytes of a response body read at most; longer bodies are cut and reported.")
    var maxBody: Int = 10 * 1024 * 1024

    @Option(name: .customLong("header"), help: "A header 'Name: value' for every request, an apiKey scheme's key, or 'Authorization: SCHEME credentials' for an http scheme of that name; repeatable. Values are masked in all output.")
    var headers: [String] = []

    @Option(help: "Environment variable holding a bearer token (for http bearer schemes).")
    var bearerEnv: String?

    @Option(help: "Environment variable holding 'user:password' (for http basic schemes).")
    var basicEnv: String?

    @Option(help: "Comma-separated checks to run (default: all). See the README for the list.")
    var checks: String?

    @Option(help: "Comma-separated case kinds to send (default: all), e.g. 'baseline,malformed'. See the README for the list.")
    var kinds: String?

    @Option(help: "Bytes of a malformed case's body at most (bounds its deep nesting and long string).")
    var maxRequestBody: Int = 1 << 18

    @Option(help: "Golden recording: never, missing, failed or all (default: $CONFORM_RECORD, else the config file's, else never when $CI is set, else missing).")
    var record: RecordMode?

    @Option(help: "Folder of golden files, one folder per spec (default: golden).")
    var golden: String?

    @Option(help: "Directory for report.json, junit.xml, summary.md, report.html and golden-actual/ (default: reports).")
    var reports: String?

    @Option(help: "JUnit testcases: one per check and operation ('check') or one per case ('case').")
    var junitGranularity: JUnitReporter.Granularity = .check

    @Option(help: "Comma-separated checks whose findings fail the run (default: all checks run).")
    var failOn: String?

    @Option(help: "Baseline of accepted findings (from 'conform baseline write'); only new findings fail.")
    var baseline: String?

    @Option(help: ArgumentHelp(
        "Only shard I of N (1-based); merge the shards' report.json with 'conform report merge'.", valueName: "I/N"))
    var shard: CaseGenerator.Shard?

    @Flag(help: "Fail the run when a selected operation is not exercised (no case sent, or none answered with the credentials it needs).")
    var failOnUntested = false

    @Flag(help: "Print only the summary line: no progress, no findings.")
    var quiet = false

    @Flag(help: "Also print every operation's cases and check outcomes.")
    var verbose = false

    func run() async throws {
        let file: ConfigFile?
        do {
            file = try ConfigFile.find(config)
        } catch {
            throw CommandError.diagnostics([error])
        }
        let settings = try RunSettings(self, file: file)
        guard concurrency > 0, settings.timeout > 0, budget.map({ $0 > 0 }) ?? true, rate.map({ $0 > 0 }) ?? true,
            maxBody > 0, maxRequestBody > 0, settings.random >= 0
        else {
            throw CommandError.invalid(
                "--concurrency, --timeout, --budget, --rate, --max-body and --max-request-body must be positive")
        }
        let kindSet = try kinds.map(RunCommand.kindList) ?? Set(CaseKind.allCases)
        let gate = Gate(failOn: settings.failOn, baseline: try settings.baseline.map(RunCommand.baseline))
        let specs = try RunCommand.specs(settings)
        let documents = specs.map(\.document)
        let target = try settings.target ?? RunCommand.serverTarget(of: documents)
        let sandbox = target == "sandbox" ? try await RunCommand.startSandbox() : nil
        let targetURL = try sandbox.map { TargetURL($0.baseURL)! } ?? RunCommand.targetURL(target)
        let progress = ProgressReporter(
            style: ProgressReporter.style(
                quiet: quiet, isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment))
        let checks = settings.checks
        let configuration = RunConfiguration(
            target: targetURL, concurrency: concurrency, timeout: .milliseconds(Int64(settings.timeout * 1000)),
            budget: budget.map { .milliseconds(Int64($0 * 1000)) }, rate: rate, bodyLimit: maxBody, checks: checks,
            credentials: sandbox == nil ? settings.credentials : RunCommand.sandboxCredentials(adding: settings.credentials),
            shard: shard, progress: { progress.update($0) },
            keepsRandomBodies: settings.seed != nil && checks.contains(.goldenMismatch))
        let plan = RunPlan(
            specs: specs, configuration: configuration,
            generation: CaseGenerator.Options(
                seed: settings.seed ?? 0, randomCount: settings.random, kinds: kindSet, maxRequestBody: maxRequestBody),
            golden: GoldenOptions(
                store: GoldenStore(root: settings.golden), mode: settings.record, seedFixed: settings.seed != nil,
                actualRoot: settings.reports + "/golden-actual"),
            gate: gate, baseline: try settings.baseline.map { try Report.FileDigest(path: $0) },
            failOnUntested: settings.failOnUntested, targetName: sandbox == nil ? targetURL.origin : "sandbox",
            reports: ReportWriter(directory: settings.reports, junit: JUnitReporter(granularity: junitGranularity)))
        let outcome: RunOutcome
        do {
            outcome = try await RunPipeline.run(plan) { event in
                switch event {
                case .sending(let spec): progress.begin(spec)
                case .sent: progress.finish()
                case .judged(let result): if !quiet { show(result, target: targetURL) }
                }
            }
        } catch {
            await sandbox?.stop()
            throw CommandError.diagnostics([error])
        }
        await sandbox?.stop()
        if let problem = outcome.reportError { StandardError.print("error: " + problem) }
        print(ConsoleReport.summary(of: outcome.results) + ConsoleReport.gate(of: outcome.report))
        if let golden = ConsoleReport.golden(of: outcome.results) { print(golden) }
        if outcome.unreachable { throw ExitCode.targetUnreachable }
        // As in Jest, recording is not a finding: the verdict is the checks'. Under CI a
        // missing record is one (`never`), so nothing unreviewed passes there.
        if outcome.report.totals.result == .fail { throw ExitCode.findings }
    }

    /// The specs of the run, loaded, with their digests, their selected operations and the
    /// config file's settings for single operations.
    static func specs(_ settings: RunSettings) throws -> [RunPlan.Spec] {
        let loaded = try settings.specs.map { try RunCommand.load($0, headers: settings.specHeaders) }
        let overrides = try ConfigFile.resolve(settings.operations, in: loaded.map(\.document))
        return try loaded.map { document, fetched in
            let sha256: String
            do {
                sha256 = try fetched.map { Report.FileDigest.sha256(Data($0)) } ?? Report.FileDigest(path: document.file).sha256
            } catch {
                throw CommandError.invalid("\(document.file): cannot be read")
            }
            let specOverrides = SpecOverrides(overrides[document.file] ?? [], spec: document.file)
            return RunPlan.Spec(
                document: document, sha256: sha256,
                operations: OperationSelector.filter(document.operations, include: settings.include, exclude: settings.exclude),
                timeouts: specOverrides.timeouts, switchedOff: specOverrides.switchedOff)
        }
    }

    /// The in-process sandbox for `--target sandbox`; one that does not start leaves the
    /// target unreachable.
    static func startSandbox() async throws -> RunningSandbox {
        do {
            return try await SandboxServer.start()
        } catch {
            throw CommandError(["error: \(error)"], status: .targetUnreachable)
        }
    }

    /// `--target` as a URL; anything but http(s) is invalid input.
    static func targetURL(_ target: String) throws -> TargetURL {
        guard let url = TargetURL(target) else {
            throw CommandError.invalid("--target must be an http(s) URL or 'sandbox', not '\(target)'")
        }
        return url
    }

    /// Prints one spec's verdict and findings (and, with `--verbose`, every operation).
    func show(_ result: RunResult, target: TargetURL) {
        guard !result.unreachable else {
            print("\(result.spec): target unreachable: nothing accepts connections at \(target.origin)")
            return
        }
        print(ConsoleReport.verdict(of: result))
        let details = ConsoleReport.details(of: result)
        if !details.isEmpty { print(details) }
        if verbose { print(ConsoleReport.operations(of: result)) }
    }

    /// The sandbox's fixed test credentials where the flags give none; they are redacted
    /// like any secret, under the variable names a replay would set.
    static func sandboxCredentials(adding given: Credentials) -> Credentials {
        var credentials = given
        credentials.bearer = given.bearer ?? (SandboxCredentials.bearerToken, "CONFORM_SANDBOX_TOKEN")
        credentials.basic = given.basic
            ?? ("\(SandboxCredentials.basicUser):\(SandboxCredentials.basicPassword)", "CONFORM_SANDBOX_BASIC")
        // An `Authorization` --header of a scheme is used before these (Credentials.apply).
        return credentials
    }

    /// `CONFORM_RECORD`, or nil when it is not set.
    static func recordModeFromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> RecordMode? {
        guard let text = environment["CONFORM_RECORD"], !text.isEmpty else { return nil }
        guard let mode = RecordMode(rawValue: text) else {
            throw CommandError.invalid("CONFORM_RECORD must be never, missing, failed or all, not '\(text)'")
        }
        return mode
    }

    /// The record mode when no flag, variable or config file names one: `never` under CI
    /// (`CI` set to anything but `false` or `0`, as CI services set it) and `missing` elsewhere.
    static func defaultRecordMode(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> RecordMode {
        let ci = environment["CI"].map { !["", "false", "0"].contains($0.lowercased()) } ?? false
        return ci ? .never : .missing
    }

    /// Parses a comma-separated check list; an unknown name is invalid input.
    static func checkList(_ text: String) throws -> Set<CheckName> {
        do {
            return try CheckName.parseList(text)
        } catch {
            throw CommandError.invalid(error.description)
        }
    }

    /// Parses a comma-separated `--kinds` list; an unknown kind is invalid input.
    static func kindList(_ text: String) throws -> Set<CaseKind> {
        var kinds: Set<CaseKind> = []
        for name in text.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let kind = CaseKind(rawValue: trimmed) else {
                throw CommandError.invalid(
                    "unknown case kind '\(trimmed)'; known kinds: \(CaseKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    /// Reads a baseline file; an unreadable one is invalid input.
    static func baseline(_ path: String) throws -> Baseline {
        do {
            return try Baseline(path: path)
        } catch {
            throw CommandError.invalid(error.description)
        }
    }

    /// Parses `Name: value` given to `flag`.
    static func header(_ text: String, flag: String) throws -> HeaderField {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else {
            throw CommandError.invalid("\(flag) must be 'Name: value', not '\(text)'")
        }
        return HeaderField(
            String(text[..<colon]).trimmingCharacters(in: .whitespaces),
            String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
    }

    static func environment(_ name: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            throw CommandError.invalid("environment variable \(name) is not set")
        }
        return value
    }

    /// The target when none is given: the one server every spec names, else invalid input.
    static func serverTarget(of documents: [Document]) throws -> String {
        for document in documents where document.servers.count != 1 {
            throw CommandError.invalid(
                "no --target given and \(document.file) lists \(document.servers.count) servers, not one: pass --target URL or set 'target' in the config file")
        }
        let urls = Set(documents.map { $0.servers[0].url })
        guard urls.count == 1, let url = urls.first else {
            throw CommandError.invalid(
                "no --target given and the specs name different servers (\(urls.sorted().joined(separator: ", "))): pass --target URL or set 'target' in the config file")
        }
        // A document without `servers` has the relative server `/`.
        guard TargetURL(url) != nil else {
            throw CommandError.invalid(
                "no --target given and the specs' server '\(url)' is not an http(s) URL: pass --target URL or set 'target' in the config file")
        }
        return url
    }

    /// Loads a spec (a URL one fetched with `headers`, its bytes given back); a spec that does
    /// not load, or has errors, is invalid input.
    static func load(_ path: String, headers: [HeaderField]) throws -> (document: Document, fetched: [UInt8]?) {
        do {
            let (documents, fetched) = try SpecFetcher.read(path, headers: headers)
            let document = try Document(documents: documents)
            let errors = document.diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty else { throw CommandError.diagnostics(errors) }
            return (document, fetched)
        } catch let error as LoadError {
            throw CommandError.diagnostics([error])
        }
    }
}

extension RecordMode: ExpressibleByArgument {}
