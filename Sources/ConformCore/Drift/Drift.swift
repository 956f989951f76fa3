/// Compares two versions of an OpenAPI document and says, with proof, what breaks a client.
public enum Drift {
    /// Every change from `old` to `new`, grouped by cause, in a deterministic order; with
    /// `uses`, each change says whether it touches what the integration uses.
    ///
    /// The two versions are prepared side by side, one per core.
    public static func compare(old: Document, new: Document, uses: UsageList? = nil) async -> DriftReport {
        var changes = await DriftAnalysis(old: old, new: new).run()
        if let uses {
            for index in changes.indices { changes[index].isUsed = uses.touches(changes[index]) }
        }
        return DriftReport(old: old.file, new: new.file, changes: changes, usesFile: uses?.file)
    }
}
