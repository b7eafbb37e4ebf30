import Testing

@testable import KGBuildCore

/// General constructions of news copy that the audits of the held-out sets left unread, each on sentences of our
/// own (the article is dated Tuesday 24 June 2014).
@Suite struct KnownGapTests {
    static func events(_ r: ArticleResult, _ type: String) -> [Event] { r.events.filter { $0.type == type } }
    static func has(_ r: ArticleResult, _ e: Event, _ role: String, _ name: String) -> Bool {
        e.arguments.contains { $0.role == role && Shared.name(r, $0.actor) == name }
    }

    /// "Y is weaponising migrants, X said": using something as a weapon, as someone tells it, is their charge
    /// against the one who does it.
    @Test func weaponisingToldBySomeoneIsAnAccusation() {
        for (text, accuser, accused) in [
            ("Belarus is weaponising migrants against the European Union, Polish Foreign Minister Radoslaw Sikorski said on Monday.", "Radoslaw Sikorski", "Belarus"),
            ("The Kremlin has weaponized grain exports to punish its critics, German Chancellor Olaf Scholz said.", "Olaf Scholz", "Kremlin"),
            ("Lithuania accused Minsk of weaponising energy supplies to pressure its neighbours.", "Lithuania", "Belarus")] {
            let r = Shared.analyze(text)
            #expect(Self.events(r, "accusation").contains { Self.has(r, $0, "accuser", accuser) && Self.has(r, $0, "accused", accused) }, "\(text)")
        }
    }

    /// "X singled out Y": naming one actor among others for blame; not when it is for praise.
    @Test func singlingOutIsAnAccusationUnlessForPraise() {
        for (text, accused) in [
            ("Latvian President Edgars Rinkevics singled out Russia in his speech to parliament on Monday.", "Russia"),
            ("The report singled out Iran for sending drones to the rebels.", "Iran"),
            ("In his address, Erdogan especially singled out neighbouring Greece.", "Greece")] {
            let r = Shared.analyze(text)
            #expect(Self.events(r, "accusation").contains { Self.has(r, $0, "accused", accused) }, "\(text)")
        }
        let praise = Shared.analyze("The minister singled out France for praise over its troop contribution.")
        #expect(Self.events(praise, "accusation").isEmpty)
    }
}
