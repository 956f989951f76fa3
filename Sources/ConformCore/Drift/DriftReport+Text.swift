extension DriftReport {
    /// One line per change for terminals, then a summary line:
    ///
    /// `breaking request-enum-value-removed enum value "EUR" removed old.yaml:12:7 -> new.json:40:13
    /// witness {"currency":"EUR"} at createCheckout request body application/json /currency (+1 more)`
    public var text: String {
        var lines = changes.map(Self.line)
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 breaking, 1 warning, 5 info (1 refactor)`, and with a uses list how many are used.
    public var summary: String {
        var text = "\(count(.breaking)) breaking, \(count(.warning)) warning, \(count(.info)) info"
        let refactors = refactors.count
        text += " (\(refactors) refactor\(refactors == 1 ? "" : "s"))"
        if usesFile != nil {
            text += "; \(changes.count { $0.isUsed == true }) touch the used operations"
        }
        return text
    }

    /// The text line of one change.
    public static func line(_ change: Change) -> String {
        var parts = [change.severity.rawValue, change.rule.id, change.message, positions(change)]
        if let witness = change.witness {
            parts.append("witness \(witness.value.serialized())")
        } else if change.isRefactor {
            parts.append("refactor: no witness")
        }
        if let first = change.places.first {
            let more = change.places.count > 1 ? " (+\(change.places.count - 1) more)" : ""
            parts.append("at \(describe(first))\(more)")
        }
        if change.isUsed == false { parts.append("[unused]") }
        return parts.joined(separator: " ")
    }

    /// `old.yaml:12:7 -> new.json:40:13`, with `-` for a side that has no position.
    static func positions(_ change: Change) -> String {
        "\(change.old?.description ?? "-") -> \(change.new?.description ?? "-")"
    }

    /// `createCheckout request body application/json /currency`.
    static func describe(_ place: Change.Place) -> String {
        let pointer = place.pointer.tokens.isEmpty ? "" : " \(place.pointer)"
        return "\(place.operation) \(place.subject)\(pointer)"
    }
}
