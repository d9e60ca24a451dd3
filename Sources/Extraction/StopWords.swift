/// Function words of several languages, looked up by a hash of the lower-cased token.
///
/// Stop-word density separates prose from navigation in any language that has a stop
/// list (jusText). The lists are short on purpose: the most frequent function words carry
/// nearly all of the signal. Tokens are hashed while they are scanned, so a lookup costs
/// no allocation. CJK scripts have no spaces; their particles are counted per character.
enum StopWords {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Tokens longer than this are never function words.
    static let maximumLength = 16

    /// The multiplier of the token hash (odd, so every power of it is invertible mod 2⁶⁴).
    static let prime: UInt64 = 0xD6E8_FEB8_6659_FD93

    /// One step of the token hash, a polynomial over the scalars: `hash·P + value`.
    ///
    /// Streaming like FNV-1a (a token hashes the same however its scalars are split between
    /// calls, which the scan's inner-dot tokens rely on), but eight letters at once can be
    /// folded in without a chain of eight multiplies (``absorb(_:_:count:)``).
    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        hash &* prime &+ UInt64(value)
    }

    /// `hash` after mixing the first `count` (1…8) bytes of `word`, lowest byte first, as
    /// ``mix(_:_:)`` one by one would: the bytes' products with powers of the multiplier are
    /// independent, so they overlap instead of waiting on each other.
    @inline(__always)
    static func absorb(_ hash: UInt64, _ word: UInt64, count: Int) -> UInt64 {
        // Byte-swapped and shifted, the last byte to mix sits lowest, with weight P⁰.
        let r = word.byteSwapped &>> UInt64(64 - 8 * count)
        let low = (r & 0xFF) &+ (r >> 8 & 0xFF) &* 0xD6E8_FEB8_6659_FD93 &+ (r >> 16 & 0xFF) &* 0x3BE8_0D03_6F61_E269
            &+ (r >> 24 & 0xFF) &* 0xC1D5_80C2_3E77_C74B
        let high = (r >> 32 & 0xFF) &* 0x8210_003A_69CF_8F11 &+ (r >> 40 & 0xFF) &* 0xB46B_0A7E_657B_F3C3 &+ (r >> 48 & 0xFF) &* 0x3CE1_4A3F_36DF_AFF9
            &+ (r >> 56) &* 0x9C9C_D860_F6EC_20FB
        return hash &* power(count) &+ low &+ high
    }

    /// The multiplier to the power `k` (1…8), as literals (checked against ``prime`` by a test).
    @inline(__always)
    static func power(_ k: Int) -> UInt64 {
        switch k {
        case 1: return 0xD6E8_FEB8_6659_FD93
        case 2: return 0x3BE8_0D03_6F61_E269
        case 3: return 0xC1D5_80C2_3E77_C74B
        case 4: return 0x8210_003A_69CF_8F11
        case 5: return 0xB46B_0A7E_657B_F3C3
        case 6: return 0x3CE1_4A3F_36DF_AFF9
        case 7: return 0x9C9C_D860_F6EC_20FB
        default: return 0x43E8_BF58_9F71_FF21
        }
    }

    /// Lower-cases ASCII and Latin-1 capitals; other scalars pass as they are.
    @inline(__always)
    static func lower(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return v + 32
        default: return v
        }
    }

    static func hash(_ word: String) -> UInt64 {
        var h = seed
        for s in word.unicodeScalars {
            let v = s.value == 0x2019 ? 0x27 : s.value
            h = mix(h, lower(v))
        }
        return h
    }

    /// What a word is, as flags: several lists may hold the same word.
    enum Flag {
        static let stop: UInt8 = 1
        /// The second word of a legal formula ("rights *reserved*", "registered *trademark*").
        static let legal: UInt8 = 2
        /// Journalists' roles ("correspondent", "editor").
        static let role: UInt8 = 4
        /// Words that open a byline ("by", "von", "par").
        static let by: UInt8 = 8
        /// Words of photo captions and credits ("photo", "credit", "getty").
        static let caption: UInt8 = 16
        /// Words that make a line a caption on their own ("pictured", "caption").
        static let strongCaption: UInt8 = 32
        /// Words of an author bio ("covers", "previously", "reporter").
        static let bio: UInt8 = 64
        /// Words of subscription and newsletter prompts ("subscribe", "newsletter", "unsubscribe").
        static let promo: UInt8 = 128
    }

    /// Hashes of the first words of legal formulas: "rights reserved", "registered trademark",
    /// "Rechte vorbehalten", "droits réservés", "derechos reservados", "diritti riservati".
    static let legalLeads: [UInt64] = ["rights", "registered", "rechte", "droits", "derechos", "diritti"].map(hash)

    /// The flags of the token with this hash, or 0.
    @inline(__always)
    static func flags(hash: UInt64) -> UInt8 { table.flags(hash) }


    /// Common Chinese and Japanese particles and function characters.
    @inline(__always)
    static func isCJKParticle(_ v: UInt32) -> Bool {
        switch v {
        case 0x7684, 0x4E86, 0x662F, 0x5728, 0x548C, 0x4E5F, 0x6709, 0x4E0D, 0x8FD9, 0x6211, 0x4ED6, 0x5C31, 0x90FD,
             0x3068, 0x306E, 0x306F, 0x304C, 0x3092, 0x306B, 0x3067, 0x3082, 0x305F, 0x3057, 0x3066, 0x3059, 0x308B:
            return true
        default:
            return false
        }
    }

    static let table: HashedWords = {
        var table = HashedWords(capacity: 1024)
        func add(_ list: String, _ flag: UInt8) {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { table.insert(hash(String(word)), flags: flag) }
        }
        for list in [english, german, french, spanish, italian, portuguese, dutch, indonesian, russian, polish, turkish, scandinavian] {
            add(list, Flag.stop)
        }
        add("reserved trademark trademarks vorbehalten réservés reservados riservati", Flag.legal)
        add("""
            correspondent reporter editor writer columnist contributor producer journalist redakteur redakteurin \
            korrespondent korrespondentin journalistin chefredakteur autor autorin author staff editors reporters critic critics
            """, Flag.role)
        add("by von par por door author autor", Flag.by)
        add("photo photos photograph credit credits getty shutterstock reuters afp ap epa courtesy image images foto bild alamy istock", Flag.caption)
        add("pictured caption bildunterschrift", Flag.strongCaption)
        add("""
            writer reporter journalist editor correspondent covers columnist author previously based contributor \
            freelance redakteur redakteurin journalistin autor autorin critic
            """, Flag.bio)
        add("""
            subscribe subscribed subscribing subscription newsletter newsletters unsubscribe spam inbox \
            abonnieren abonnement newsletters s'abonner suscríbete
            """, Flag.promo)
        return table
    }()

    private static let english = """
        a about after all also an and any are as at be because been but by can could did do does for from \
        had has have he her here him his how i if in into is it its it's just more most my no not of on one \
        only or other our out over said she so some such than that the their them then there these they \
        this those through to up was we were what when where which while who will with would you your
        """
    private static let german = """
        aber als am an auch auf aus bei bis das dass dem den der des die doch du ein eine einem einen einer \
        es für hat hatte ich ihr im in ist ja kann mit nach nicht noch nur oder sein sich sie sind so um \
        und uns von vor war wie wir wird zu zum zur über
        """
    private static let french = """
        au aux avec ce ces dans de des du elle en est et il ils je la le les leur lui mais me même ne nous \
        on ou par pas pour qu que qui sa se ses son sont sur un une vous été être a l d c n s qu'il
        """
    private static let spanish = """
        al como con de del el ella en era es esta este fue ha la las lo los más no para pero por que se \
        sin sobre su sus también un una y ya
        """
    private static let italian = """
        al che come con da dei del della di e gli ha il in la le lo ma non per più si sono su un una è
        """
    private static let portuguese = """
        ao as com como da das de do dos e ela em era foi mais mas na no nos não o os para pela pelo por que \
        se sua seu um uma à é
        """
    private static let indonesian = """
        yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada kita kamu saya adalah \
        oleh atau bisa sudah telah mereka kami
        """
    private static let russian = """
        и в не на что с по как он она это к но из у за от о так же то бы для был была были его её их мы вы
        """
    private static let polish = """
        i w nie na że się z do to jest jak o po ale co za od dla tak przez był była są
        """
    private static let turkish = """
        ve bir bu da de için ile çok gibi daha olan ama ne en kadar sonra
        """
    private static let scandinavian = """
        och att det som en på är av för med till den har inte om ett och jeg er af til på det som med og ikke
        """
    private static let dutch = """
        aan als bij dat de die dit een en er het hij in is met niet of om op te van voor was wat ze zijn
        """
}
