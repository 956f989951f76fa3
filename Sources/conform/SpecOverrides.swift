import ConformCore
import ConformRunner

/// What the config file's `operations` settings change in one spec's run: the operations'
/// own timeouts, and the checks switched off (with the reasons the reports give).
struct SpecOverrides {
    var timeouts: [String: Duration] = [:]
    var switchedOff: [SwitchedOffCheck] = []

    init(_ entries: [(operation: String, override: ConfigFile.OperationOverride)], spec: String) {
        for (operation, override) in entries {
            if let timeout = override.timeout { timeouts[operation] = .milliseconds(Int64(timeout * 1000)) }
            switchedOff += override.checksOff.map {
                SwitchedOffCheck(spec: spec, operation: operation, check: $0.check.rawValue, reason: $0.reason)
            }
        }
    }
}
