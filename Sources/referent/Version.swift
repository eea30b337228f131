import DocumentModel

enum ReferentCLIVersion {
    static var string: String { ReferentVersion.version }
}
