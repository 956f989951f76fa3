extension TestCase {
    /// The cases as a plain-text table for `conform cases`: a header, one row per case (ID,
    /// operation, kind, pointer, expectation, body preview), columns padded to their widest
    /// cell, and a closing count line; every line ends with a newline.
    public static func table(_ cases: [TestCase]) -> String {
        let header = ["ID", "OPERATION", "KIND", "POINTER", "EXPECTATION", "BODY"]
        let rows = cases.map { testCase -> [String] in
            let expectation: String
            switch testCase.expectation {
            case .valid: expectation = "valid"
            case .invalid(let keyword, let pointer): expectation = "invalid \(keyword) \(pointer)"
            case .malformed(let malformation, let pointer, _): expectation = "malformed \(malformation.rawValue) \(pointer)"
            }
            return [testCase.id, testCase.operationID, testCase.kind.rawValue, testCase.pointer.description, expectation,
                testCase.bodyPreview()]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        var text = ""
        for row in [header] + rows {
            var line = zip(row, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.count) }
                .joined(separator: "  ")
            // No trailing spaces: a case without a body ends its row with empty cells.
            while line.last == " " { line.removeLast() }
            text += line + "\n"
        }
        return text + "\(cases.count) case\(cases.count == 1 ? "" : "s")\n"
    }
}
