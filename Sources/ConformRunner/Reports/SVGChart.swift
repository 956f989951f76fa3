/// Small inline SVG charts for `report.html`: no script, no external assets.
enum SVGChart {
    /// One bar's segments, drawn left to right.
    struct Segment {
        var value: Int
        var color: String
        var label: String
    }

    /// Horizontal stacked bars, one row per label.
    static func stackedBars(_ rows: [(label: String, segments: [Segment])], width: Int = 760) -> String {
        let rowHeight = 22
        let labelWidth = 260
        let maximum = max(1, rows.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 1)
        let scale = Double(width - labelWidth - 40) / Double(maximum)
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(rows.count * rowHeight + 10)\" "
                + "role=\"img\" aria-label=\"check outcomes per operation\">"
        ]
        for (row, item) in rows.enumerated() {
            let y = row * rowHeight + 5
            parts.append(
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\" font-size=\"12\">\(item.label.markupEscaped)</text>")
            var x = Double(labelWidth)
            for segment in item.segments where segment.value > 0 {
                let w = Double(segment.value) * scale
                parts.append(
                    "<rect x=\"\(format(x))\" y=\"\(y + 2)\" width=\"\(format(w))\" height=\"16\" fill=\"\(segment.color)\">"
                        + "<title>\(segment.label.markupEscaped): \(segment.value)</title></rect>")
                x += w
            }
            parts.append(
                "<text x=\"\(format(x + 4))\" y=\"\(y + 15)\" font-size=\"11\" fill=\"#555\">"
                    + "\(item.segments.reduce(0) { $0 + $1.value })</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// Vertical bars with a label under each.
    static func columns(_ bars: [(label: String, value: Int)], title: String, width: Int = 760, height: Int = 200) -> String {
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        let slot = Double(width - 20) / Double(max(1, bars.count))
        // 20 px above the bars for the tallest bar's count, 30 below for the labels.
        let plot = Double(height - 50)
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\" "
                + "aria-label=\"\(title.markupEscaped)\">"
        ]
        for (index, bar) in bars.enumerated() {
            let h = Double(bar.value) / Double(maximum) * plot
            let x = 10 + Double(index) * slot
            parts.append(
                "<rect x=\"\(format(x + 4))\" y=\"\(format(plot - h + 20))\" width=\"\(format(slot - 8))\" "
                    + "height=\"\(format(h))\" fill=\"#4a78c2\"><title>\(bar.label.markupEscaped): \(bar.value)</title></rect>")
            parts.append(
                "<text x=\"\(format(x + slot / 2))\" y=\"\(format(plot + 36))\" text-anchor=\"middle\" font-size=\"10\">"
                    + "\(bar.label.markupEscaped)</text>")
            if bar.value > 0 {
                parts.append(
                    "<text x=\"\(format(x + slot / 2))\" y=\"\(format(plot - h + 16))\" text-anchor=\"middle\" "
                        + "font-size=\"10\" fill=\"#333\">\(bar.value)</text>")
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// One decimal, enough for pixels and stable across platforms.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
