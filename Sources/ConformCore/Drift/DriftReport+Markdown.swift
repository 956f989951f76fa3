extension DriftReport {
    /// The report for a pull request: a summary table, then breaking changes with their
    /// witnesses, then warnings, then the rest in a collapsed section.
    public var markdown: String {
        var lines = [
            "## API drift: `\(old)` → `\(new)`", "",
            "| breaking | warning | info | refactors |", "|---:|---:|---:|---:|",
            "| \(count(.breaking)) | \(count(.warning)) | \(count(.info)) | \(refactors.count) |", "",
        ]
        if let usesFile { lines += ["Uses list: `\(usesFile)`; changes outside it are marked *unused*.", ""] }
        let breaking = changes.filter { $0.severity == .breaking }
        if !breaking.isEmpty {
            lines += ["### Breaking", ""]
            for change in breaking {
                lines.append("- **`\(change.rule.id)`** \(Self.escape(change.message))\(change.isUsed == false ? " *(unused)*" : "")")
                lines.append("  - \(Self.escape(change.reason)); `\(Self.positions(change))`")
                if let witness = change.witness {
                    lines.append("  - witness (\(witness.subject)): `\(witness.value.serialized())`")
                }
                lines.append("  - reaches: " + Self.places(change))
            }
            lines.append("")
        }
        let warnings = changes.filter { $0.severity == .warning }
        if !warnings.isEmpty {
            lines += ["### Warnings", ""]
            for change in warnings {
                lines.append("- `\(change.rule.id)` \(Self.escape(change.message)) (`\(Self.positions(change))`); reaches: \(Self.places(change))")
            }
            lines.append("")
        }
        let info = changes.filter { $0.severity == .info }
        if !info.isEmpty {
            lines += ["<details><summary>\(info.count) info (refactors and additions)</summary>", ""]
            for change in info {
                let note = change.isRefactor ? " (refactor: no witness)" : ""
                lines.append("- `\(change.rule.id)` \(Self.escape(change.message))\(note) (`\(Self.positions(change))`)")
            }
            lines += ["", "</details>", ""]
        }
        return lines.joined(separator: "\n")
    }

    /// The first three places, then how many more.
    private static func places(_ change: Change) -> String {
        let shown = change.places.prefix(3).map { "`\(describe($0))`" }.joined(separator: ", ")
        return change.places.count > 3 ? shown + " and \(change.places.count - 3) more" : shown
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
    }
}
