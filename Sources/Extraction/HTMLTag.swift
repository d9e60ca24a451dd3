/// The HTML elements the extractor tells apart; every other element is ``other``.
///
/// Names come from libxml2 already lower-cased. The raw values are small so a node
/// table of a large page stays compact.
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio
    case form, input, button, select, textarea, label, option, fieldset
    case nav, aside, footer, header, main, article, section, div, span, center
    case p, br, hr, h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, blockquote, pre, code, address
    case figure, figcaption, picture, img, caption
    case table, thead, tbody, tfoot, tr, td, th
    case a, time, details, summary, dialog, menu

    /// Looks up a lower-case element name.
    init(name: String) {
        self = HTMLTag.byName[name] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        var map = [String: HTMLTag]()
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base,
            .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video, .audio,
            .form, .input, .button, .select, .textarea, .label, .option, .fieldset,
            .nav, .aside, .footer, .header, .main, .article, .section, .div, .span, .center,
            .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6,
            .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .code, .address,
            .figure, .figcaption, .picture, .img, .caption,
            .table, .thead, .tbody, .tfoot, .tr, .td, .th,
            .a, .time, .details, .summary, .dialog, .menu,
        ]
        for tag in all { map["\(tag)"] = tag }
        return map
    }()

    /// Elements whose content is never article text: the walk skips them whole.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
             .video, .audio, .input, .button, .select, .textarea, .option, .head, .dialog:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new block of text; everything else (unknown ones too) flows inline.
    var isBlock: Bool {
        switch self {
        case .html, .body, .form, .fieldset, .nav, .aside, .footer, .header, .main, .article, .section,
             .div, .center, .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd,
             .blockquote, .pre, .address, .figure, .figcaption, .caption, .table, .thead, .tbody, .tfoot,
             .tr, .td, .th, .details, .summary, .menu:
            return true
        default:
            return false
        }
    }

    /// Headings `h1`–`h6`.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Elements that hold one paragraph of text (their score goes to their container).
    var isParagraph: Bool {
        switch self {
        case .p, .pre, .blockquote, .li, .dd, .dt, .h1, .h2, .h3, .h4, .h5, .h6, .figcaption, .address, .caption:
            return true
        default:
            return false
        }
    }

    /// Page furniture by element name alone: navigation, asides, footers, forms.
    var isFurniture: Bool {
        switch self {
        case .nav, .aside, .footer, .form, .menu, .label, .fieldset: return true
        default: return false
        }
    }
}
