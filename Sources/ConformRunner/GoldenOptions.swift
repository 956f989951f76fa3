import ConformCore

/// How a run compares with and records golden files.
public struct GoldenOptions: Sendable {
    public var store: GoldenStore
    public var mode: RecordMode
    /// True when the run seed was given explicitly: only then are random cases the same
    /// next time, so only then are they recorded and compared.
    public var seedFixed: Bool
    /// Where the records of mismatching operations are written for review
    /// (`<reports>/golden-actual`); nil writes none.
    public var actualRoot: String?
    /// Operations (by ID) whose golden_mismatch check is switched off: neither compared nor
    /// recorded.
    public var switchedOff: Set<String> = []

    public init(store: GoldenStore, mode: RecordMode = .missing, seedFixed: Bool = false, actualRoot: String? = nil) {
        self.store = store
        self.mode = mode
        self.seedFixed = seedFixed
        self.actualRoot = actualRoot
    }
}
