/// When a run writes golden records, as snapshot testing has it (`--record`, `CONFORM_RECORD`).
public enum RecordMode: String, Sendable, CaseIterable {
    /// Compare only; a case without a golden is a mismatch (what CI uses).
    case never
    /// Record cases that have no golden yet, compare the rest (the default).
    case missing
    /// Record missing cases and replace mismatching ones with what came back.
    case failed
    /// Record every case anew.
    case all
}

extension RecordMode {
    /// True when a case is written under this mode: it has no golden (`hasGolden` false)
    /// and the mode records missing ones, or its record `differs` and the mode replaces.
    public func records(hasGolden: Bool, differs: Bool) -> Bool {
        switch self {
        case .never: false
        case .missing: !hasGolden
        case .failed: !hasGolden || differs
        case .all: true
        }
    }
}
