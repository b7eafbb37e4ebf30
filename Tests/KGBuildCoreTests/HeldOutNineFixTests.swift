import Testing

@testable import KGBuildCore

/// One set of sentences of our own per fix the ninth held-out audit (long stories from the big theatres of 2016)
/// called for.
@Suite struct HeldOutNineFixTests {
    static func types(_ body: String) -> [String] { Shared.analyze(body).events.map(\.type) }

    static func speakers(_ r: ArticleResult, _ snippet: String) -> [String] {
        r.claims.filter { $0.text.contains(snippet) }.flatMap { Shared.names(r, $0.speaker) }
    }

    /// A reporter of the credit line who shares the quoted person's surname does not take the quote.
    @Test func aCreditLineNameIsNoOnesSurname() {
        let cases: [(body: String, snippet: String, speaker: String, reporter: String)] = [
            ("U.S. envoy Sung Kim met South Korean officials in Seoul on Monday.\n\n\"The regime has chosen isolation again,\" Kim said after the meeting.\n\n(Reporting by Jack Kim; Editing by Paul Tait)",
             "chosen isolation", "Sung Kim", "Jack Kim"),
            ("Norwegian Foreign Minister Anna Lindqvist met her Swedish counterpart in Oslo on Friday.\n\n\"We agreed on nothing new,\" Lindqvist said.\n\n(Additional reporting by Erik Lindqvist in Stockholm; Editing by Mark Potter)",
             "nothing new", "Anna Lindqvist", "Erik Lindqvist"),
            ("Kenyan Interior Minister Jane Roe visited Mombasa on Tuesday.\n\n\"The port will stay open,\" Roe told reporters.\n\n(Writing by Tom Roe; Editing by Alison Williams)",
             "stay open", "Jane Roe", "Tom Roe"),
        ]
        for c in cases {
            let who = Self.speakers(Shared.analyze(c.body), c.snippet)
            #expect(who.contains(c.speaker), "\(c.body): \(who)")
            #expect(!who.contains(c.reporter), "\(c.body): \(who)")
        }
    }

    /// Letters, envoys, talks that end, goods seized, investor conferences and takeover prices use the words of arms
    /// deliveries, foiled plots, captures, meetings and funding in other senses; the armed senses stay events.
    @Test func otherSensesAreNoEvents() {
        let other: [(String, String)] = [
            ("Turkish President Recep Tayyip Erdogan sent a letter of regret to Russia over the downing of a Su-24 bomber.", "arms_transfer"),
            ("Armenia sent a message to Azerbaijan after the tank battle near Talish, the ministry said.", "arms_transfer"),
            ("Japan sent a delegation to Seoul to discuss the missile defence system.", "arms_transfer"),
            ("A week of talks between the Libyan factions broke up in Geneva on Friday, the latest failed attempt by the United Nations to end the war.", "attack_thwarted"),
            ("Talks between Armenia and Azerbaijan broke up in Vienna on Monday after the latest attempt to agree on a ceasefire failed.", "attack_thwarted"),
            ("The Yemeni government and the Houthis broke up their talks in Kuwait on Saturday, the third attempt this year to end the fighting.", "attack_thwarted"),
            ("Turkish police seized a truck loaded with explosives at a checkpoint south of Ankara.", "seizure"),
            ("Iraqi troops seized weapons and ammunition in a raid on a house in the town of Tarmiyah.", "seizure"),
            ("Afghan police seized drugs at the border crossing with Iran on Monday.", "seizure"),
            ("JSW Steel chairman Sajjan Jindal told an investor conference in Mumbai that India would bid.", "meeting"),
            ("German Finance Minister Wolfgang Schaeuble told an investors conference in London that Greece would pay.", "meeting"),
            ("The collapse of the negotiations sent Thyssenkrupp shares down 4 percent in Frankfurt.", "meeting"),
            ("In 2007, Tata paid $12 billion for Anglo-Dutch steelmaker Corus.", "funding"),
        ]
        for (sentence, type) in other {
            #expect(!Self.types(sentence).contains(type), "\(sentence)")
        }
        let armed: [(String, String)] = [
            ("Russia sent Tor-M2 air defence systems to Egypt in October.", "arms_transfer"),
            ("Turkish police broke up a terrorist cell planning attacks in Ankara.", "attack_thwarted"),
            ("Islamic State militants seized the town of Tarmiyah on Sunday.", "seizure"),
            ("Germany paid $12 million to Jordan for its refugee camps.", "funding"),
        ]
        for (sentence, type) in armed {
            #expect(Self.types(sentence).contains(type), "\(sentence)")
        }
    }

    /// "to stop X from getting weapons", "stop X from sending missiles": a transfer someone wants prevented is none
    /// told; the transfer told outright stays one.
    @Test func aTransferKeptFromHappeningIsNoArmsTransfer() {
        let prevented = [
            "Turkey keeps its border closed, which Ankara says is needed to stop Islamic State from getting weapons.",
            "The United States wants Russia to stop the Taliban from acquiring weapons.",
            "The European Union pressed Moscow to stop Iran from buying missiles.",
            "Washington pressed Moscow to stop Iran from sending missiles to Hezbollah.",
        ]
        for sentence in prevented {
            #expect(!Self.types(sentence).contains("arms_transfer"), "\(sentence)")
        }
        let told = [
            "Russia sold S-300 missiles to Iran in 2016.",
            "The Taliban acquired weapons from Pakistan, officials said.",
            "Hezbollah got weapons from Iran through Syria, officials said.",
        ]
        for sentence in told {
            #expect(Self.types(sentence).contains("arms_transfer"), "\(sentence)")
        }
    }

    /// "uncovered an attack tunnel": a structure found is no attack foiled nor told; a plot or an attack foiled stays
    /// one.
    @Test func anAttackTunnelFoundIsNoAttackThwarted() {
        let structures = [
            "Turkish troops uncovered two attack tunnels under the Syrian border near Kilis, the army said.",
            "Indian troops uncovered a new attack tunnel dug from Pakistan into Kashmir, the army said on Monday.",
            "South Korea said it had uncovered an attack tunnel dug by North Korea under the demilitarized zone.",
        ]
        for sentence in structures {
            let types = Self.types(sentence)
            #expect(!types.contains("attack_thwarted") && !types.contains("attack"), "\(sentence): \(types)")
        }
        let foiled = [
            "Turkish police uncovered a plot by Islamic State to attack a stadium in Istanbul.",
            "The Israeli army said it had foiled an attack by Hamas militants who crossed through a tunnel from Gaza.",
        ]
        for sentence in foiled {
            #expect(Self.types(sentence).contains("attack_thwarted"), "\(sentence)")
        }
    }
}
