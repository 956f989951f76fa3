/// The commit conform was built from, for `conform --version`.
///
/// A checkout builds with "unknown"; `make release` (scripts/stamp-commit.sh) writes the
/// commit here for the duration of its build and puts "unknown" back afterwards, so plain
/// `swift build` works on a clone without git metadata and the tree stays clean.
enum BuildCommit {
    static let value = "unknown"
}
