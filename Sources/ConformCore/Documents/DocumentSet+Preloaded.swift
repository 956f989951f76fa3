extension DocumentSet {
    /// A set of documents that are already loaded, `root` first; nothing is read and no
    /// reference is followed, so a reference to a file not given here stays unresolved.
    ///
    /// For schemas that arrive embedded (tests, generated documents) and for serving remote
    /// documents that were fetched ahead of time.
    public init(root: LoadedDocument, preloaded others: [LoadedDocument]) {
        var documents = [root.file: root]
        for document in others where documents[document.file] == nil { documents[document.file] = document }
        self.rootFile = root.file
        self.documents = documents
        self.diagnostics = []
        self.unloadable = [:]
    }
}
