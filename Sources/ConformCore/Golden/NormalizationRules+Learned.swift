extension NormalizationRules.Learned {
    /// True when nothing was learned.
    public var isEmpty: Bool { pointers.isEmpty && patterns.isEmpty }

    /// The first line of the section, which marks where it starts when it is rewritten.
    static let header = "learned:"
    /// The comment line written above the section.
    static let comment = "# Learned by conform: these values differed when each recorded case was sent twice."

    /// The `learned:` section of `normalize.yaml`, for a reviewer to read in a pull request
    /// (and edit, or move into the hand-written lists, which win); empty when nothing was
    /// learned.
    public var yaml: String {
        guard !isEmpty else { return "" }
        var lines = [NormalizationRules.Learned.comment, NormalizationRules.Learned.header]
        if !pointers.isEmpty {
            lines.append("  pointers:")
            for rule in pointers {
                lines.append("    - pointer: " + Self.quoted(rule.pattern.description))
                lines.append("      placeholder: " + Self.quoted(rule.placeholder.name))
            }
        }
        if !patterns.isEmpty {
            lines.append("  patterns:")
            for rule in patterns {
                lines.append("    - regex: " + Self.quoted(rule.regex.pattern))
                lines.append("      placeholder: " + Self.quoted(rule.placeholder.name))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text`, a `normalize.yaml` (empty when there is none), with its learned section, the
    /// comment line above it included, replaced by this one; the hand-written part stays as
    /// it is. The section runs from its `learned:` line to the next top-level key or the end.
    public func replacingSection(in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if let start = lines.firstIndex(of: NormalizationRules.Learned.header) {
            var end = start + 1
            while end < lines.count, lines[end].isEmpty || lines[end].first == " " || lines[end].first == "-" { end += 1 }
            let from = start > 0 && lines[start - 1] == NormalizationRules.Learned.comment ? start - 1 : start
            lines.removeSubrange(from..<end)
        }
        while lines.last == "" { lines.removeLast() }
        let kept = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        return kept + yaml
    }

    /// A YAML single-quoted scalar.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
