import ConformCore
import Foundation

extension UsageList {
    /// The usage a folder of golden records shows (`golden/<spec-stem>`): its
    /// `<operation>.json` files read as ``UsageList/init(golden:folder:)`` reads them
    /// (`normalize.yaml` is skipped).
    public init(goldenFolder folder: String) throws(LoadError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw LoadError([Diagnostic(.error, "cannot read the golden folder \(folder): \(error.localizedDescription)",
                code: "uses.invalid", at: nil)])
        }
        guard !names.isEmpty else {
            throw LoadError([Diagnostic(.error, "\(folder) holds no golden files (<operation>.json)", code: "uses.invalid",
                at: nil)])
        }
        var files: [GoldenFile] = []
        for name in names { files.append(try GoldenFile(DocumentLoader.load(path: folder + "/" + name))) }
        self.init(golden: files, folder: folder)
    }
}
