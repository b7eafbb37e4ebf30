import Testing

@testable import KGBuildCore

/// General constructions of news copy that the audits of the held-out sets left unread, each on sentences of our
/// own (the article is dated Tuesday 24 June 2014).
@Suite struct KnownGapTests {

    /// "Y is weaponising migrants, X said": using something as a weapon, as someone tells it, is their charge
    /// against the one who does it.
    @Test func weaponisingToldBySomeoneIsAnAccusation() {
        for (text, accuser, accused) in [
            ("Belarus is weaponising migrants against the European Union, Polish Foreign Minister Radoslaw Sikorski said on Monday.", "Radoslaw Sikorski", "Belarus"),
            ("The Kremlin has weaponized grain exports to punish its critics, German Chancellor Olaf Scholz said.", "Olaf Scholz", "Kremlin"),
            ("Lithuania accused Minsk of weaponising energy supplies to pressure its neighbours.", "Lithuania", "Belarus")] {
            let r = Shared.analyze(text)
            #expect(Shared.events(r, "accusation").contains { Shared.has(r, $0, "accuser", accuser) && Shared.has(r, $0, "accused", accused) }, "\(text)")
        }
    }

    /// "X singled out Y": naming one actor among others for blame; not when it is for praise.
    @Test func singlingOutIsAnAccusationUnlessForPraise() {
        for (text, accused) in [
            ("Latvian President Edgars Rinkevics singled out Russia in his speech to parliament on Monday.", "Russia"),
            ("The report singled out Iran for sending drones to the rebels.", "Iran"),
            ("In his address, Erdogan especially singled out neighbouring Greece.", "Greece")] {
            let r = Shared.analyze(text)
            #expect(Shared.events(r, "accusation").contains { Shared.has(r, $0, "accused", accused) }, "\(text)")
        }
        let praise = Shared.analyze("The minister singled out France for praise over its troop contribution.")
        #expect(Shared.events(praise, "accusation").isEmpty)
    }

    /// "the state arms procurement agency said": a state's body speaks for the state, not for the company named
    /// before it; a state oil company and the state news agency still are the company and the outlet.
    @Test func aStateBodyIsNoCompany() {
        for (text, speaker, wrong) in [
            ("South Korea's Hanwha Aerospace has signed a deal to supply 200 more howitzers to Romania, the state arms procurement agency said on Tuesday.", "South Korea", "Hanwha Aerospace"),
            ("Turkey's Baykar will deliver 30 drones to Kuwait under a new contract, the state defence procurement agency said.", "Turkey", "Baykar"),
            ("The deal with Hanwha Aerospace was signed in Seoul by the Defense Acquisition Program Administration. Deliveries start in 2026, the state procurement agency said.", "Defense Acquisition Program Administration", "Hanwha Aerospace")] {
            let (_, cs) = ClaimShapeTests.claims(text)
            #expect(cs.contains { $0.speaker == speaker } && !cs.contains { $0.speaker == wrong }, "\(text): \(cs)")
        }
        let (_, company) = ClaimShapeTests.claims("Libya's National Oil Corporation halted exports from the port on Monday, the state oil company said.")
        #expect(company.contains { $0.speaker == "National Oil Corporation" }, "\(company)")
        let (_, outlet) = ClaimShapeTests.claims("Egypt's state news agency MENA reported the visit. The plant will open next year, the state news agency said.")
        #expect(outlet.contains { $0.speaker == "MENA" }, "\(outlet)")
    }

    /// A headline's "Duma adopts law on …", with no article before the noun, is the news law; a headline naming the
    /// state's house ("Chile's lower house passes law") and the body naming it otherwise ("the Chamber of Deputies
    /// passed a bill") tell one event; a law the body recalls from an earlier year stays apart and does not date it.
    @Test func aHeadlineLawIsTheNewsLaw() {
        let chile = Shared.analyze("Chile's Chamber of Deputies passed a bill on Monday that raises prison terms for arms smuggling, sending it to the Senate.",
                                   title: "Chile's lower house passes law raising penalties for arms smuggling")
        let laws = Shared.events(chile, "legislation")
        #expect(laws.count == 1, "\(laws)")
        #expect(laws.contains { $0.date?.normalized == "2014-06-23" })
        for (title, body) in [
            ("State Duma adopts law on drone registration", "The law requires owners of heavy drones to register them with the interior ministry. Last year the Duma adopted a law barring foreign agents from teaching in schools."),
            ("Kenya's parliament approves law on private security firms", "The measure obliges guards to be licensed, the speaker's office said. In 2012 the Kenyan parliament passed a law regulating firearms."),
            ("Ukraine's parliament passes law on mobilisation", "Lawmakers voted 283 to 49 for the measure, the speaker's office said. The Ukrainian parliament adopted a law on martial law in 2012.")] {
            let r = Shared.analyze(body, title: title)
            #expect(Shared.events(r, "legislation").contains { $0.date?.normalized == "2014-06-24" && $0.evidence.contains { $0.sentence == title } }, "\(title)")
        }
    }

    /// "Talks between X and Y resumed in Vienna. But they stalled over …": the talks a sentence calls "they" are the
    /// talks of the sentence before, between its sides; "they rejected the offer" is no failure of talks.
    @Test func talksCalledTheyStallBetweenTheSidesNamedBefore() {
        for (text, a, b) in [
            ("Talks between Armenia and Azerbaijan resumed in Vienna on Monday after a two-month pause. But they stalled on Tuesday over the demarcation of the border, officials said.", "Armenia", "Azerbaijan"),
            ("Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels for talks on Monday. They broke down after four hours, EU officials said.", "Aleksandar Vucic", "Albin Kurti"),
            ("Negotiators of Sudan's army held talks with the Rapid Support Forces in Jeddah last week. They have since collapsed over the withdrawal of fighters from cities.", "Sudanese Armed Forces", "Rapid Support Forces")] {
            let r = Shared.analyze(text)
            #expect(Shared.events(r, "talks_stalled").contains { Shared.has(r, $0, "party", a) && Shared.has(r, $0, "party", b) }, "\(text)")
        }
        let object = Shared.analyze("Talks between Armenia and Azerbaijan resumed in Vienna on Monday. They rejected the demand for compensation.")
        #expect(Shared.events(object, "talks_stalled").isEmpty)
    }

    /// "Rebels attacked a military base in X": an armed group's attack on a site of the state's forces, told with no
    /// target, is on the state the site is in; a site the text does not give to the state ("a Kurdish checkpoint")
    /// gives none.
    @Test func anArmedGroupsAttackOnAStateSiteTargetsTheState() {
        for (text, attacker, state) in [
            ("Fighters of the Islamic State West Africa Province attacked a military base in the town of Monguno late Saturday, killing four soldiers.", "Islamic State West Africa Province", "Nigeria"),
            ("Al-Shabaab fighters stormed a police station in the town of Beledweyne on Monday, killing three officers, police said.", "al-Shabaab", "Somalia"),
            ("Taliban insurgents attacked an army outpost in Kunduz province overnight.", "Taliban", "Afghanistan")] {
            let r = Shared.analyze(text)
            #expect(Shared.events(r, "attack").contains { Shared.has(r, $0, "attacker", attacker) && Shared.has(r, $0, "target", state) }, "\(text)")
        }
        let r = Shared.analyze("The Islamic State attacked a Kurdish checkpoint near Raqqa on Sunday.")
        #expect(!Shared.events(r, "attack").contains { $0.arguments.contains { $0.role == "target" } })
    }

    /// "Iran's talks with Britain, France and Germany ended without agreement": the talks' holder and those they are
    /// held with are the parties of their failure (not the place after them).
    @Test func theHolderOfStalledTalksAndTheOtherSideAreParties() {
        for (text, a, b) in [
            ("Iran's talks with Britain, France and Germany in Geneva ended without any agreement, the ministry said.", "Iran", "Germany"),
            ("Serbia's negotiations with Kosovo in Brussels broke down on Monday.", "Serbia", "Kosovo"),
            ("Ethiopia's talks with Egypt over the dam have stalled, officials said.", "Ethiopia", "Egypt")] {
            let r = Shared.analyze(text)
            #expect(Shared.events(r, "talks_stalled").contains { Shared.has(r, $0, "party", a) && Shared.has(r, $0, "party", b) }, "\(text)")
        }
    }
}
