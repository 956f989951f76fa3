import ConformCore
import Foundation

/// Renders `report.html`: one self-contained file (inline CSS and SVG, no network) with an
/// overview, the operation × check matrix, case counts by kind, charts, and every finding
/// with its spec position, pointer, expected-versus-got lines and a copy-ready curl line.
public struct HTMLReporter: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        var body: [String] = []
        body.append(overview(report))
        body.append("<h2>Outcomes per operation</h2>")
        body.append(SVGChart.stackedBars(outcomeRows(report)))
        body.append("<p class=\"legend\"><span class=\"k pass\"></span>pass <span class=\"k warn\"></span>warn "
            + "<span class=\"k fail\"></span>fail <span class=\"k untested\"></span>not exercised "
            + "<span class=\"k off\"></span>not run (checks per operation)</p>")
        body.append("<h2>Latency distribution</h2>")
        body.append(SVGChart.columns(latencyBars(report), title: "requests per latency bucket"))
        for spec in report.specs { body.append(section(spec, checks: report.run.checks)) }
        if let golden = report.golden {
            body.append(
                "<h2>Golden files</h2><p>\(golden.compared) compared, \(golden.mismatched) mismatched, "
                    + "\(golden.recorded) recorded.</p>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>conform report: \(report.totals.result.rawValue)</title>
            <style>
            \(HTMLReporter.style)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static let style = """
        body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #222; max-width: 1200px; }
        h1 { margin: 0 0 8px; } h2 { margin-top: 28px; border-bottom: 1px solid #ddd; }
        .verdict.pass { color: #17803d; } .verdict.fail { color: #b42318; }
        .cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
        .card { border: 1px solid #ddd; border-radius: 6px; padding: 8px 14px; min-width: 90px; }
        .card b { display: block; font-size: 20px; }
        table { border-collapse: collapse; margin: 8px 0; } td, th { border: 1px solid #ddd; padding: 3px 8px; }
        th { background: #f5f5f5; font-weight: 600; font-size: 12px; } td.m { text-align: center; }
        .scroll { overflow-x: auto; }
        td.pass { background: #e6f4ea; } td.fail { background: #fde7e7; } td.warn { background: #fff4d6; } td.off { color: #aaa; }
        td.untested { background: #eeeeee; color: #666; }
        .k { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 10px; vertical-align: middle; }
        .k.pass { background: #3c9a5f; } .k.warn { background: #e0a100; } .k.fail { background: #d0443b; } .k.off { background: #ccc; }
        .k.untested { background: #888; }
        .finding { border: 1px solid #ddd; border-left: 4px solid #d0443b; border-radius: 4px; padding: 8px 12px; margin: 10px 0; }
        .finding.warn { border-left-color: #e0a100; }
        .diff div { font-family: ui-monospace, monospace; white-space: pre-wrap; }
        .diff .exp { color: #17803d; } .diff .got { color: #b42318; }
        pre.curl { background: #f6f8fa; padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
        code { font-family: ui-monospace, monospace; } .meta { color: #555; }
        """

    func overview(_ report: Report) -> String {
        let totals = report.totals
        let run = report.run
        let cards = [
            ("cases", totals.cases), ("requests", totals.requests),
            ("operations exercised", totals.exercised), ("operations", totals.operations), ("findings", totals.findings),
            ("failing", totals.failing), ("accepted", totals.accepted), ("errors", totals.errors),
        ].map { "<div class=\"card\"><b>\($0.1)</b>\($0.0)</div>" }
        let specs = report.specs.map { "<li><code>\($0.file.markupEscaped)</code> sha256 <code>\($0.sha256.prefix(16))…</code></li>" }
        return """
            <h1>conform report <span class="verdict \(totals.result.rawValue)">\(totals.result == .pass ? "✔ pass" : "✘ fail")</span></h1>
            <p class="meta">conform \(report.tool.version.markupEscaped) · target <code>\(run.target.markupEscaped)</code> · seed \(run.seed) · \
            \(run.random) random cases per operation\(run.shard.map { " · shard \($0.index)/\($0.count)" } ?? "")\
            \(run.baseline.map { " · baseline <code>\($0.file.markupEscaped)</code>" } ?? "") · \
            fail on: \(run.failOn.joined(separator: ", "))</p>
            <div class="cards">\(cards.joined())</div>
            <ul>\(specs.joined())</ul>
            """
    }

    func outcomeRows(_ report: Report) -> [(label: String, segments: [SVGChart.Segment])] {
        report.specs.flatMap { spec in
            spec.operations.map { operation in
                let results = operation.checks.values.map(\.result)
                func segment(_ result: Verdict, _ color: String) -> SVGChart.Segment {
                    SVGChart.Segment(value: results.count { $0 == result }, color: color, label: result.rawValue)
                }
                return (
                    label: operation.id,
                    segments: [
                        segment(.pass, "#3c9a5f"), segment(.warn, "#e0a100"), segment(.fail, "#d0443b"),
                        segment(.untested, "#888888"), segment(.off, "#cccccc"),
                    ]
                )
            }
        }
    }

    func latencyBars(_ report: Report) -> [(label: String, value: Int)] {
        var totals = [Int](repeating: 0, count: Timing.bucketBounds.count + 1)
        for operation in report.timing.specs.flatMap(\.operations) {
            for (index, count) in operation.latencyBuckets.enumerated() where index < totals.count { totals[index] += count }
        }
        let labels = Timing.bucketBounds.map { "≤\(SVGChart.format($0))ms" } + [">\(SVGChart.format(Timing.bucketBounds.last!))ms"]
        return Array(zip(labels, totals)).map { (label: $0.0, value: $0.1) }
    }

    func section(_ spec: SpecReport, checks: [String]) -> String {
        let columns = checks.sorted { checkRank($0) < checkRank($1) }
        let kinds = CaseKind.allCases.map(\.rawValue) + ["custom"]
        let usedKinds = kinds.filter { kind in spec.operations.contains { $0.caseKinds[kind] != nil } }
        var html = ["<h2>\(spec.file.markupEscaped)\(spec.unreachable ? " (unreachable)" : "")</h2>"]
        html.append("<p class=\"meta\">\(spec.cases) cases, \(spec.requests) requests, \(spec.findings.count) findings, \(spec.errors.count) errors</p>")
        // A break opportunity after each underscore keeps nine check columns within the page.
        html.append(
            "<h3>Matrix</h3><div class=\"scroll\"><table><tr><th>operation</th>"
                + columns.map { "<th>\($0.replacingOccurrences(of: "_", with: "_<wbr>"))</th>" }.joined() + "</tr>")
        for operation in spec.operations {
            let cells = columns.map { check -> String in
                let outcome = operation.checks[check]
                let result = outcome?.result ?? .off
                let text = outcome.map { $0.findings > 0 ? String($0.findings) : result == .pass ? "✓" : result == .untested ? "○" : "–" } ?? "–"
                return "<td class=\"m \(result.rawValue)\">\(text)</td>"
            }
            html.append("<tr><td><code>\(operation.method) \(operation.path.markupEscaped)</code><br>\(operation.id.markupEscaped)</td>\(cells.joined())</tr>")
        }
        html.append("</table></div>")
        let unexercised = spec.operations.filter { $0.selected && $0.unexercised != nil }
        if !unexercised.isEmpty {
            html.append("<h3>Not exercised</h3><ul>" + unexercised.map {
                "<li><code>\($0.id.markupEscaped)</code>: \(($0.unexercised ?? "").markupEscaped)</li>"
            }.joined() + "</ul>")
        }
        html.append("<h3>Cases by kind</h3><div class=\"scroll\"><table><tr><th>operation</th><th>total</th>" + usedKinds.map { "<th>\($0)</th>" }.joined() + "</tr>")
        for operation in spec.operations {
            let cells = usedKinds.map { "<td class=\"m\">\(operation.caseKinds[$0] ?? 0)</td>" }
            html.append("<tr><td>\(operation.id.markupEscaped)</td><td class=\"m\">\(operation.cases.count)</td>\(cells.joined())</tr>")
        }
        html.append("</table></div>")
        if !spec.findings.isEmpty {
            html.append("<h3>Findings</h3>")
            html += spec.findings.map(finding)
        }
        if !spec.errors.isEmpty {
            html.append("<h3>Requests without a usable response</h3>")
            html += spec.errors.map {
                "<div class=\"finding warn\"><b>\($0.kind.markupEscaped)</b> <code>\($0.caseID.markupEscaped)</code> "
                    + "(\($0.operation.markupEscaped)): \($0.message.markupEscaped)<pre class=\"curl\">\($0.curl.markupEscaped)</pre></div>"
            }
        }
        return html.joined(separator: "\n")
    }

    func finding(_ finding: ReportFinding) -> String {
        let status = finding.status.map { "status \($0)" } ?? "no response"
        let tag = finding.accepted ? " · accepted by baseline" : finding.failing ? "" : " · not gating"
        var lines = [
            "<div class=\"finding \(finding.failing ? "fail" : "warn")\" id=\"f-\(finding.fingerprint)-\(finding.caseID.markupEscaped)\">",
            "<b>\(finding.check)</b> · <code>\(finding.operation.markupEscaped)</code> · case <code>\(finding.caseID.markupEscaped)</code>"
                + (finding.seed.map { " (seed \($0))" } ?? "") + "<span class=\"meta\">\(tag) · fingerprint \(finding.fingerprint)</span>",
            "<p>\(finding.message.markupEscaped)</p>",
            "<div class=\"diff\"><div class=\"exp\">- expected: \(finding.expectation.markupEscaped)</div>"
                + "<div class=\"got\">+ got: \(status)</div></div>",
        ]
        if let location = finding.ruleLocation ?? finding.rule {
            lines.append("<p class=\"meta\">spec: <code>\(location.markupEscaped)</code></p>")
        }
        if let pointer = finding.bodyPointer {
            lines.append("<p class=\"meta\">body pointer: <code>\(pointer.isEmpty ? "(root)" : pointer.markupEscaped)</code></p>")
        }
        lines.append("<pre class=\"curl\">\(finding.curl.markupEscaped)</pre>")
        lines.append("</div>")
        return lines.joined(separator: "\n")
    }
}
