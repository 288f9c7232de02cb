"""Rule vocabularies, grouped by concept, as compiled patterns.

Patterns use the stdlib ``re`` (faster on simple patterns) unless they need
Unicode properties (``\\p{Lu}``), which only ``regex`` offers.

Each group lists what Vietnamese news sites print for one idea. A token that is
limited (only safe at a certain place or length) says so in a comment; the rule
that uses the group enforces the limit.
"""

from __future__ import annotations

import re

import regex


def _alternation(phrases: str, space: str = r"\s+") -> str:
    """A regex alternation of ``|``-separated phrases, longest first, each space as ``space``."""
    items = sorted({p.strip() for p in phrases.split("|") if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", space) for p in items)


# Headers that open a list of other stories; after the first one the body has ended
# unless the text clearly goes on (ANNOTATION.md). A converter may drop a space the
# markup made with a line break or a span ("BÀI VIẾTLIÊN QUAN").
LIST_HEADERS = _alternation(
    "Đọc thêm|Xem thêm|Tin liên quan|Tin bài liên quan|Bài liên quan|Bài viết liên quan"
    "|Tin tức liên quan|Các tin liên quan|Các bài liên quan|Video liên quan|Chủ đề liên quan"
    "|Các tin bài khác|Các tin khác|Tin khác|Bài viết khác|Các bài viết khác|Các bài khác"
    "|Tin cùng chuyên mục|Bài cùng chuyên mục|Cùng chuyên mục|Video cùng chuyên mục"
    "|Tin cùng chủ đề|Cùng chủ đề|Đọc nhiều|Đọc nhiều nhất|Xem nhiều|Xem nhiều nhất"
    "|Tin đọc nhiều|Bài đọc nhiều|Tin xem nhiều|Tin mới|Tin mới nhất|Tin mới cập nhật"
    "|Tin nổi bật|Bài nổi bật|Tin nóng|Tin hot|Tin hay|Có thể bạn quan tâm"
    "|Bạn có thể quan tâm|Có thể bạn chưa đọc|Có thể bạn chưa xem|Có thể bạn muốn xem"
    "|Đừng bỏ lỡ|Tiêu điểm"
    "|Tin cũ hơn|Tin mới hơn|Đọc tiếp|Xem tiếp|Mời bạn đọc thêm|Tin tức khác|Bài viết mới"
    "|Tin tức nổi bật|Tin tức mới nhất|Sự kiện|Tin tiêu điểm|Bài đọc thêm|Tin bài khác"
    "|Xem thêm về|Đọc thêm về|Tin cùng sự kiện|Có liên quan|Bài trước đó|Bài sau đó"
    "|Tin đã đưa|Các tin đã đưa|Bài đã đăng|Các bài đã đăng|Tin đã đăng"
    "|Bài viết cùng chủ đề|Bài viết cùng chuyên mục|Bài viết mới nhất|Bài viết nổi bật"
    "|Bài tiếp theo|Bài viết tiếp theo|Tin tiếp theo|Bài kế tiếp|Nên đọc|Bạn nên đọc"
    # English WordPress themes on Vietnamese sites print their headers untranslated.
    # ("Read more" is left out: it is the link closing a teaser, not a list's header.)
    "|Related Articles|Related Posts|Related News|You may also like|You might also like"
    "|Check Also|More Stories|Recent Posts|Popular Posts",
    space=r"\s*",
)
LIST_HEADER = re.compile(rf"(?i)(?:{LIST_HEADERS})\s*[:|»>.…]*")
# A shop's button in capitals, inviting to buy or sign up: "MUA LAPTOP HP PROBOOK 430 G8
# GIÁ TỐT", "ĐẶT TRƯỚC ASUS ROG STRIX SCAR GIẢM 6 TRIỆU VNĐ", "👉 ĐĂNG KÝ NGAY". Only the
# verbs of a purchase: "ĐẶT RA CAM KẾT …" and "MUA SẮM …" are headings of the text.
CALL_TO_ACTION = re.compile(
    r"(?:👉\s*)?(?:MUA(?!\s+(?:SẮM|BÁN|VÀ|GÌ|Ở|ĐÂU|LẠI)\b)|ĐẶT\s+(?:TRƯỚC|MUA|HÀNG|CỌC|LỊCH|NGAY)"
    r"|(?:ĐĂNG\s+KÝ|XEM|GỌI|LIÊN\s+HỆ|ĐẶT)\s+NGAY|NHẬN\s+(?:ƯU\s+ĐÃI|QUÀ|NGAY)"
    r"|SĂN\s+(?:DEAL|SALE|NGAY))\b"
)
# The site inviting its reader to follow it, read on or ask it: an invitation's opening,
# the verb, then what is followed ("Cùng Follow kênh Youtube của …", "Cùng đón đọc những
# tin tức mới nhất từ YAN nha!", "Quý khách … có thể đặt câu hỏi tại đây."); or the
# button's words anywhere ("… Follow ngay để bắt nhịp xu thế!"). "Hãy theo dõi" alone is
# the text's own advice ("Hãy theo dõi đường huyết"): what is followed must be a channel.
INVITATION = re.compile(
    r"(?i)(?:(?:cùng|hãy|mời (?:bạn|các bạn|quý)|đừng quên|quý (?:khách|độc giả|vị)|bạn đọc"
    # The sign-off thanking the reader for following: "Cảm ơn bạn đã theo dõi bài viết".
    r"|cảm ơn (?:bạn|các bạn|quý (?:khách|độc giả|vị)) đã)\b"
    r"[^.!?]{0,60}?\b(?:follow|theo dõi|đón đọc|đón xem|subscribe|đăng ký|like|đặt câu hỏi"
    r"|gửi câu hỏi)\b[^.!?]{0,60}?\b(?:kênh|channel|fanpage|page|youtube|facebook|zalo|tiktok"
    r"|tin tức|tin mới|bài viết|chúng tôi|website|tại đây)\b"
    r"|.{0,200}?\bfollow ngay\b)"
)
# A shop's product card printed in the text: a price alone, perhaps with its discount
# ("41.290.000₫", "33.290.000₫-19%"), or a star rating with its count ("0.0(0 đánh
# giá)"). A price under its label ("Giá: 355k") is the article's own list; a price glued
# to its label ("Giá3,090,000đ") is a card's, whose markup set label and value apart.
# A shop with no price set prints a figure with its currency ("0 VNĐ").
PRICE_TAG = re.compile(
    r"(?i)(?:giá(?=\d))?\d{1,3}(?:(?:[.,]\d{3}){1,4}\s?(?:₫|đ)|(?:[.,]\d{3}){0,4}\s?(?:vnđ|vnd|đồng))"
    r"(?:\s?-\s?\d{1,2}\s?%)?"
    r"|\d(?:[.,]\d)?\s?\(\d{1,7}\s(?:đánh giá|lượt đánh giá|nhận xét|reviews?)\)"
)
# A product or tour card's field, its label glued to its value by the converter
# ("Phương tiệnXe du lịch,Máy bay"): a short label, then a capital right after a small letter.
CARD_FIELD = regex.compile(r"\p{Lu}\p{Ll}*(?: \p{Ll}+){0,3}(?<=\p{Ll})\p{Lu}")
# What a table of contents above an article calls itself ("Mục lục", "XEM NHANH").
CONTENTS_HEADER = re.compile(
    r"(?i)(?:mục lục(?: bài viết)?|xem nhanh|nội dung chính|các nội dung chính|nội dung bài viết"
    r"|tổng quan bài viết"
    r"|table of contents|contents)\s*[:|»>.…]*"
)

# Page furniture printed as a line of its own: font-size switches, sharing and
# printing buttons, tag boxes, app and follow prompts, loaders, edition switches.
WIDGET_PHRASES = (
    "Tag|Tags|Từ khóa|Từ khoá|Thẻ|Chủ đề|aa|A A|A+ A-|A- A+|Cỡ chữ|Xem với cỡ chữ"
    "|Nhỏ Bình thường Lớn"
    "|Chia sẻ|Chia sẻ ngay|Chia sẻ bài viết|Share|Like|Tweet|Facebook|Zalo|Twitter|Email|Gửi|Gửi email"
    "|In bài|In bài viết|Bản in|Lưu|Lưu tin|Lưu bài|Lưu bài viết|Sao chép liên kết|Copy link"
    "|Lấy link|Link bài gốc"
    "|Bình luận|Gửi bình luận|Viết bình luận|Ý kiến|Ý kiến bạn đọc|Gửi ý kiến|Phản hồi"
    "|Quay lại|Trở lại|Trở về|Về đầu trang|Lên đầu trang|Trang chủ|Phiên bản di động"
    "|Phiên bản máy tính|Toggle|Xin chờ trong giây lát...|Xin chờ trong giây lát|Đang tải..."
    "|Đang tải|Loading...|Loading|Tải ứng dụng|Đăng nhập|Đăng ký|Đăng xuất|Quảng cáo"
    "|Liên hệ quảng cáo|Liên hệ|Thông tin liên hệ|Google News|Nghe bài|Nghe bài viết|Nghe đọc bài|Theo dõi"
    "|Theo dõi chúng tôi|Theo dõi chúng tôi trên|Tìm kiếm|Menu|Đóng|Xem video|Xem ảnh"
    # ("Giới thiệu", a site's "About" link, is left out: alone on a line it may also head
    # an article's first section, its introduction.)
    "|Hotline|Góp ý|Báo lỗi|RSS|Video|Ảnh|Infographic|Emagazine|Podcast|Multimedia"
    # Calls to action of an advert box, often behind an emoji ("👉 ĐĂNG KÝ NGAY").
    "|Đăng ký ngay|Mua ngay|Đặt mua ngay|Tham gia ngay|Tải ngay|Xem ngay|Gọi ngay"
    "|Gọi ngay để được tư vấn"
    # A table of contents' heading
    "|Nội dung chính|Mục lục|Mục lục bài viết"
    # The hidden headings and links of a page's screen-reader layer, kept by converters
    "|Skip to content|Skip to main content|Toggle navigation|Navigation|Main menu"
    # A sharing box of older CMSs ("Bản in | Gửi liên kết | Phản hồi")
    "|Gửi liên kết|Gửi bài viết"
    # The "see all" button of a card (an expert's profile, a product)
    "|Xem đầy đủ|Xem chi tiết|Xem tất cả|Xem đánh giá"
)
# A comment or login form as blog software prints it (WordPress's Vietnamese strings, and
# its English ones on a site left untranslated): its
# header, a cancel link glued on ("Để lại một bình luậnHủy"), the privacy note, the
# checkbox, and the fields, each with the star of a required field, which no heading of
# the text carries ("Tên*", "Mật khẩu*").
# The fields of a comment form: its star marks the required ones.
_FORM_FIELDS = "tên|họ tên|họ và tên|email|e-mail|bình luận|nội dung|trang web|website|name|comment"
FORM_LINE = re.compile(
    r"(?i)(?:để lại (?:một )?(?:bình luận|trả lời|phản hồi|ý kiến)(?:\s*hủy(?: trả lời)?)?"
    # The reply form's heading with its cancel link glued on ("Trả lờiHủy").
    r"|trả lời\s*hủy(?: trả lời)?"
    r"|leave a (?:reply|comment)(?:\s*cancel reply)?|cancel reply"
    r"|your email address will not be published\.?(?:\s*required fields are marked\s*\*?)?"
    r"|save my name, email, and website in this browser for the next time i comment\.?"
    # The privacy note in each of its translations ("Địa chỉ email của bạn sẽ không được
    # công bố.", "Email của bạn sẽ không được hiển thị công khai.").
    r"|(?:địa chỉ )?(?:email|thư điện tử) của bạn sẽ không được"
    r" (?:hiển thị công khai|công bố)\.?(?:\s*các trường bắt buộc được đánh dấu\s*\*?)?"
    # The form's heading in a news CMS, and its notice that comments wait for the editors.
    r"|(?:viết|gửi) (?:bình luận|ý kiến) của bạn"
    r"|(?:bình luận|ý kiến) của bạn (?:đã được gửi|sẽ được|sẽ hiển thị)[^\n]{0,240}"
    r"(?:duyệt|biên tập)[^\n]{0,240}"
    r"|lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp"
    r" của tôi\.?"
    rf"|(?:{_FORM_FIELDS}|mật khẩu"
    r"|tên tài khoản(?: hoặc địa chỉ email)?|tên người dùng(?: hoặc địa chỉ email)?)\s*\*"
    r"|ghi nhớ mật khẩu(?:\s*đăng nhập)?|quên mật khẩu\??)"
)
# A newsletter box's heading: "Đăng ký nhận thông báo", "Đăng Ký Nhận Ưu Đãi".
NEWSLETTER_HEADER = re.compile(
    r"(?i)đăng k[ýí] nhận (?:thông báo|ưu đãi|bản tin|tin tức|tin|email|khuyến mãi)"
    r"(?: mới(?: nhất)?| qua email)?\s*[:!.]*"
)
# A site's own pages by name in a contact block: "Website: http://…", "Zalo:…".
CONTACT_PAGES = "website|fanpage|facebook|zalo|tiktok|youtube|instagram"
CONTACT_LINK = re.compile(rf"(?i)(?:{CONTACT_PAGES})\s*:\s*\S")
# The site's invitation over its contact block: "Để được tư vấn chi tiết vui lòng liên
# hệ:", "Mọi thông tin chi tiết, Quý khách hàng vui lòng liên hệ:". (A paper giving a
# person's address asks no one: "…, tòa soạn xin cung cấp địa chỉ … của lương y:".)
CONTACT_INTRO = re.compile(r"(?i)[^.!?]{0,60}\bvui lòng\b[^.!?]{0,40}:")
# A form's field named without its star, which only its place beside the form tells.
FORM_FIELD = re.compile(rf"(?i)(?:{_FORM_FIELDS})\s*:?")
# A view counter with its count, if any: "Số lượt người xem: 10", "Lượt xem 1.234".
_VIEW_COUNT = r"(?:số\s+)?lượt\s+(?:người\s+)?(?:xem|đọc|truy\s+cập)(?:\s*:?\s*\d[\d.,]*)?"
WIDGETS = _alternation(WIDGET_PHRASES) + "|" + _VIEW_COUNT
WIDGET = re.compile(rf"(?i)(?:{WIDGETS})\s*[:|»>.…!]*")
# A row of such labels, or a label and a list header: "Quảng cáo Đọc tiếp", "Link bài gốc
# Lấy link", or glued by a converter that dropped the space: "In bàiGửi", "10Bản in".
# (Not a list header itself: what follows it may be the article going on.)
# Each button after the first starts with a capital, as labels do: in lower case the
# words run on as a phrase, a heading's ("Theo dõi sự kiện", follow the event).
WIDGET_ROW = regex.compile(
    rf"(?i)(?:{WIDGETS})\s*[:|»>.…]*"
    rf"(?:\s*(?-i:(?!\p{{Ll}}))(?:{WIDGETS}|{LIST_HEADERS})\s*[:|»>.…]*){{1,3}}"
)
# "Theo dõi Baoquocte.vn trên" (+ an icon row), "Theo dõi VnExpress trên Google News".
FOLLOW_PROMPT = re.compile(r"(?i)theo dõi\s+\S.{0,40}?\s+trên(?:\s+\S+){0,3}")
# A follow button's text as a link holds it: "[Theo dõi VietnamPlus](https://news.google…)".
FOLLOW_BUTTON = re.compile(r"(?i)theo dõi(?:\s+\S+){1,4}")
# Unlinked, the button names whom to follow: an outlet, in capitals ("Theo dõi VietnamPlus",
# "Theo dõi Báo Dân trí"), or "chúng tôi". A heading names a thing: "Theo dõi sức khỏe".
FOLLOW_NAMED = regex.compile(r"^(?i:theo dõi)\s+(?:(?i:chúng tôi)|\p{Lu}\S*(?:\s+\p{Lu}\S*){0,2})$")
# A tag box printed as links after its label: "Tags: [doanh nghiệp](…) [Kinh doanh](…)".
TAG_LABEL = re.compile(r"(?i)(?:tags?|từ khóa|từ khoá|thẻ|chủ đề)\s*:\s*")
# A tag box printed as hashtags on one line: "#Lưu Văn #siêu mẫu Lưu Văn #phim Trung Quốc".
# A heading marker has a space after it ("# Tiêu đề"); a tag does not.
TAG_LINE = re.compile(r"(?:#[^\s#][^#]*){2,}")
# "Trang chủ Việt Nam hôm nay Hà Nội ngày nay": a breadcrumb starts at the home page.
BREADCRUMB = re.compile(r"(?i)(?:trang chủ|home)(?:\s*[>/»|›]\s*|\s+)\S")
# Site header clock: "Hôm nay, 12/03/2024" is the crawl day, not the article's date.
# Only the day may follow (often left empty, filled in by a script): "Hôm nay, chúng
# tôi liên lạc..." opens a paragraph.
CLOCK = re.compile(
    r"(?i)hôm nay\s*,\s*(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?(?:ngày\s*)?"
    r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s*$"
)
# A day's name before a date ("Thứ Hai, 12/03/2024", "Chủ nhật"): capitalised like a
# person's name, never one.
# "Sáng ngày 7/11/2020, …", "Ngày 26/6, …": a lead opens on its day and a comma; no
# headline in the corpus does (a headline's date takes a colon).
# So does a lead on the days it covers: "Trong các ngày từ 29/7 đến 2/8 tại …", "Từ
# ngày 1/7, …".
LEAD_OPENING = re.compile(
    r"(?i)^(?:(?:sáng|trưa|chiều|tối|đêm|rạng sáng|khuya)\s+(?:ngày\s+|nay\s+)?|ngày\s+)?"
    r"\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?\s*,\s*\w"
    r"|^(?:trong\s+(?:các|những|hai|ba|bốn|năm|\d{1,2})\s+ngày\s+(?:từ\s+)?(?:ngày\s+)?"
    r"|từ\s+ngày\s+)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b"
)
# A lead opening on its place or agency and a dash: "HÀ NỘI (Sputnik) - Bộ …", "TTTĐ -
# Sáng 27/1, …", "(Dân trí) - …". No headline of the corpus opens so.
LEAD_DATELINE = regex.compile(
    r"^(?:\p{Lu}{2}[\p{Lu} .'-]{0,28}?(?:\s*\([^()]{1,30}\))?|\([^()]{1,30}\))\s*[-–—]{1,2}\s*\p{Lu}"
)
# "2 giờ trước", "Phạm Hữu Thành 5 phút trước": a page's stamp as a time ago, closing its
# line. Only the stamp and a name may stand on the line: "mất 3 năm trước" is a sentence.
# Themes half translated print "2 tuần ago".
RELATIVE_TIME = re.compile(
    r"(?i)(?:^|\s)\d{1,2}\s+(?:giây|phút|giờ|ngày|tuần|tháng"
    r"|(?:second|minute|hour|day|week|month)s?)\s+(?:trước|ago)$"
)
# What an author's box says the writer is, after the name and "là": "Bích Hạnh là một
# biên tập viên yêu thích du lịch …". A doctor's or an expert's profile ("… là chuyên
# gia …") is the article's subject on a profile page, so those are not here.
WRITER_TRADES = (
    "biên tập viên|phóng viên|tác giả|nhà báo|cây bút|cộng tác viên|blogger|content writer"
    "|người viết"
)
AUTHOR_BIO = re.compile(rf"(?i)\s+là\s+(?:một\s+)?(?:{WRITER_TRADES})\b")
# A line announcing the pictures below it: "Một số hình ảnh tại buổi lễ", "Một số hình
# ảnh khác của Hội nghị:", "Hình ảnh tại sự kiện:". (Bare "Hình ảnh" with no colon is a
# section's name.)
GALLERY_HEADER = re.compile(
    r"(?i)(?:một (?:số|vài)\s+(?:hình\s+)?ảnh(?:\s+\S+){0,12}?\s*:?"
    r"|(?:hình\s+)?ảnh(?:\s+\S+){0,12}?\s*:)"
)
# A reader's comment as blog software prints it: the name, "says:", the time ago, then
# the comment run on ("Phan Huysays:6 năm agoỞ Hải phòng …"); and the heading of the
# comments with their count ("Comments2", "Bình luận (3)"). Not "nói:": "Anh Tuấn nói: 3
# năm trước, …" opens a quote in the text.
COMMENT_HEAD = re.compile(
    r"(?i)[^\n:]{1,60}?says\s*:\s*\d{1,2}\s*(?:năm|tháng|tuần|ngày|giờ|phút|giây"
    r"|(?:year|month|week|day|hour|minute|second)s?)\s*(?:trước|ago)"
)
COMMENTS_HEADER = re.compile(r"(?i)(?:comments?|bình luận|phản hồi)\s*\(?\d{0,5}\)?")
DAY_NAME = re.compile(r"(?i)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\b")
# Copyright and masthead lines at the foot of a page.
# A contact line: "Email: thuky@baotintuc.vn", "Hotline: 0908 16 98 98".
# (A number may be spaced in threes: "Hotline: (+84)963 336 334".)
_HOTLINE = r"hot-?line\b[^\n]{0,100}(?:\d{4}|\d{3}[ .]\d{3})"
# The address's name from its first character only: a search trying every character of a
# long run of letters (a base64 picture, a token) would read the run again each time.
_MAILBOX = r"(?<![\w.+-])[\w.+-]+@"
_CONTACT_WORDS = rf"{_MAILBOX}[\w-]+\.[a-z]{{2,}}|{_HOTLINE}"
# The contact a footer gives anywhere on the page: a newsroom's own address, not a
# person's webmail, which an article may give for the person it profiles (989).
_DESK_CONTACT_WORDS = (
    rf"{_MAILBOX}(?!(?:gmail|yahoo|hotmail|outlook|icloud)\.)[\w-]+\.[a-z]{{2,}}|{_HOTLINE}"
)
FOOTER_WORDS = (
    # A licence amended or reissued keeps its number: "Giấy phép sửa đổi lần thứ 4 số: …".
    r"©|copyright|bản quyền thuộc|giấy phép(?: sửa đổi| cấp lại)?(?: lần thứ \d+)? số"
    r"|giấy phép hoạt động|tổng biên tập\s*:"
    r"|ghi rõ nguồn|cơ quan chủ quản|chịu trách nhiệm nội dung"
    # A newsletter box: "Hãy nhận thư tin hàng ngày của …", "Đăng ký nhận bản tin".
    r"|nhận (?:bản tin|thư tin|tin tức|tin) (?:hàng ngày|mỗi ngày|qua email)"
    r"|đăng ký nhận (?:bản tin|thư tin)"
    rf"|{_DESK_CONTACT_WORDS}"
)
FOOTER = re.compile(rf"(?i)(?:{FOOTER_WORDS})")
# The contact branch alone: an article may close on a sentence giving an address to write
# to ("… gửi câu hỏi … qua email của Báo: gdtddientu@gmail.com …", 654).
FOOTER_CONTACT = re.compile(rf"(?i){_CONTACT_WORDS}")

# A publisher's masthead and contact block, trusted only outside the article (an
# article may give a shop's address or a hotline in its text).
MASTHEAD_WORDS = (
    r"địa chỉ\s*:"
    # A telephone or fax number behind its name: "ĐT: 0246.273.2.273", "Fax:0243…";
    # "ĐT" alone is also "đội tuyển", so the number must follow.
    r"|(?:điện thoại|đt|tel|fax|đường dây nóng)\s*:?\s*[(+]?\d"
    # A street address: "Số 138A Giảng Võ - Ba Đình - Hà Nội".
    r"|\nsố \d+\w?,? [^\n.]{0,60}(?:hà nội|tp\.? ?hcm|hồ chí minh|đà nẵng)"
    # The reuse notice: "Chỉ được phát hành lại thông tin … khi có sự đồng ý …".
    r"|(?:phát hành lại|sao chép|trích dẫn) (?:thông tin|nội dung)|khi có sự đồng ý"
    r"|website được vận hành|hỗ trợ bởi|thiết kế bởi|phát triển bởi|designed by|powered by"
    r"|(?:trưởng ban|tổng) biên tập|chịu trách nhiệm(?: xuất bản| nội dung| chính|\s*:)"
    # The seat and the credit asked for: "Trụ sở: Tầng 9, …", "Dẫn nguồn vui lòng ghi …".
    r"|trụ sở(?: chính)?\s*:|dẫn nguồn"
    # The licence by its issuer ("Giấy phép do Sở TT&TT … cấp số: …"), the site's name
    # behind a registered mark ("®Trang thông tin điện tử huyện …"); in a text, "®"
    # follows a brand.
    r"|giấy phép do [^\n]{0,60}? cấp số|\n®"
    rf"|{_CONTACT_WORDS}"
)

# Photo and video credits that end a caption: "Ảnh: T.L", "(Ảnh minh họa)",
# "- Ảnh: REUTERS", "Video: Phạm Duy.", "- Thực hiện: N.K", "(ảnh CACC)".
CREDIT_WORDS = r"(?:ảnh|hình|hình ảnh|nguồn ảnh|video|clip|đồ họa|đồ hoạ|thực hiện|photo)"
_PICTURE_CREDIT_WORDS = (
    r"(?:ảnh|hình|hình ảnh|nguồn ảnh|video|clip|photo|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu)"
)
CREDIT = re.compile(
    rf"(?i)(?:"
    # a parenthesised credit closing the line: "(Ảnh: T.L)", "(ảnh CACC)", "(Ảnh minh họa)";
    # the word alone says what the item is ("… – Traversy Media (Video)"), not whose
    rf"[(\[]\s*{CREDIT_WORDS}\b\s*[^()\[\]\s][^()\[\]]{{0,59}}[)\]]"
    # a picture taken from the web, its source unnamed: "(Nguồn sưu tầm)", "(Nguồn: Internet)"
    rf"|[(\[]\s*(?:nguồn\s*:?\s*)?(?:sưu\s+tầm|internet)\s*[)\]]"
    # "Ảnh: NAME", "… - Thực hiện: N.K" with a short credit (at most eight words). Opening
    # the line, only a picture's credit ("Đồ họa: Intel Iris Xe Graphics" is a laptop's
    # spec); after a word and a space, only a capital ("Màn hình: 13.3 inch" is one too).
    rf"|(?:^{_PICTURE_CREDIT_WORDS}|(?:[.\-–—|,]\s*|\s(?=(?-i:[ẢHNVCĐTP])))"
    rf"(?:{CREDIT_WORDS}|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu))\s*:\s*\S+(?:\s+\S+){{0,7}}"
    # "- Ảnh chụp màn hình", "Ảnh minh họa", "Ảnh tư liệu" after a dash, a sentence, or alone
    rf"|(?:^|[\-–—]\s*|\.\s+)ảnh\s+(?:minh\s+h[ọo]ạ|minh\s+họa|chụp\s+màn\s+hình|tư\s+liệu)"
    # closed by a full stop, a table cell's bar or a markdown emphasis ("*… (Ảnh: T.L)*")
    rf")\s*[.|*_]*\s*$"
)
# A caption that opens with its credit: "Ảnh minh họa máy bay Su-30.", "Ảnh: FB".
# Markdown dumps may link it: "[Hình ảnh: Nhiều chiếc xe …](https://…)". A figure may be
# numbered: "Hình 1: Lễ khai giảng năm học mới 2017 - 2018".
CREDIT_LEAD = re.compile(
    r"(?i)^\[?(?:(?:ảnh|hình|hình ảnh|video|clip)(?:\s*\d{1,3})?\s*:\s*\S"
    r"|ảnh\s+(?:minh\s+h[ọo]ạ|minh\s+họa|tư\s+liệu)\b)"
)
# A credit without its colon after a caption sentence: "… Zelensky. Ảnh Economic Times".
CREDIT_NO_COLON = regex.compile(r"[.!?]\s+(?:Ảnh|Video|Clip)\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}\.?$")
# Alt text numbered by the page's CMS: "Đường chạy của người phụ nữ cụt chân - Ảnh 1.",
# "… khó lường?- Ảnh 2.", "… năm 2023- Ảnh 1." (a dash glued to the last word takes a
# space after it), and without the dash in lower case: "… kèm Reno7 ảnh 1" (the capital
# "Ảnh 1" alone may open a sentence's last words, lower case "ảnh 1" closes alt text).
ALT_NUMBER = re.compile(
    r"(?:(?i:(?:[\s?!.”\"][-–—]\s*|[^\W_][-–—]\s+)(?:ảnh|hình)\s*)|\s(?:hình\s)?ảnh\s)"
    r"\d{1,3}\.?\s*$"
)
# "Từ trái qua phải: ...", "Từ trái sang: ..." introduce who is in a photo.
PHOTO_LEFT_RIGHT = re.compile(r"(?i)^\(?từ trái (?:qua|sang)(?: phải)?\s*[:,]")
# Alt text "blank" glued to the caption by some converters: "blankGlobal Firepower: ...".
BLANK_ALT = regex.compile(r"^blank(?=\p{Lu})")

# Markdown image stubs and image file names.
# A link with no text shows nothing but its picture: "[](https://…/a.jpg)" (group 1 unset).
# A converter's italics may open on the picture and close on its caption ("_![](a.jpg)").
IMAGE_STUB = re.compile(r"^\|?\s*_?(?:!\[([^\]]*)\]|\[\s*\])\([^)]*\)_?\s*\|?$")
# Each branch is written to fail in linear time on a long line (a lookahead settles that
# the line has no space; a lazy scan then meets the extension or the size once):
# "^_+\S.*_+$" or "^[\w-]*\d{2,4}x\d{2,4}[\w-]*$" would backtrack in cubic or square time.
# Alt text a CMS fills in when the editor gave none; a crawler that prints alt text
# prints these on a line of their own where the picture stands ("Empty", 641).
# Limited to CMS words that no menu uses: "Ảnh" and "Photo" name sections of a menu too.
ALT_PLACEHOLDERS = frozenset(
    {
        "empty",
        "image",
        "img",
        "picture",
        "thumbnail",
        "placeholder",
        "placeholder image",
        "no image",
        "untitled",
        # "Photo caption": the caption field's own prompt, left in by the editor (652).
        "chú thích ảnh",
    }
)
# A picture's file name without its extension, as alt text: words with a capital, joined
# by hyphens or underscores, closed by the picture's number ("Hoang-Nam-01", 650); two
# words at least, since "COVID-19" and "Su-30" are names. A stem
# all in lower case is a slug's business ("dien-thoai-bi-hack-1").
# Words that open a sentence going on from the one before ("Bên cạnh đó, …", "Tuy
# nhiên, …"): the text, never a picture's caption, which says what the picture shows.
CONNECTIVE = re.compile(
    r"(?i)(?:bên cạnh đó|ngoài ra|tuy nhiên|do đó|vì vậy|vì thế|nhờ đó|đồng thời|thêm vào đó"
    r"|hơn nữa|mặt khác|trong khi đó|cùng với đó|chính vì vậy|bởi vậy|không những thế)\s*,"
)
# A crawler's placeholder where it took a picture out: "[IMAGE_img_e9ada939_00]", "[IMG 3]".
IMAGE_PLACEHOLDER = re.compile(r"(?i)\[(?:image|img|photo|picture)(?:[_ :-][\w-]{0,60})?\]")
FILE_STEM = re.compile(
    r"(?=[^\n]{0,80}$)(?=[^A-Z]*[A-Z])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+[-_]\d{1,4}"
)
# A picture's file-name stem in lower case with its alt text run on after it, as a
# converter prints a picture's title and alt attributes together: "smartphone-bi-danh-
# gia-thap-5 Những mẫu smartphone …". Three hyphened parts at least (a word pair such as
# "e-mail" or "covid-19" opens a sentence), and the alt text in words after a space.
STEM_THEN_WORDS = re.compile(r"[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){2,30} (?=\S*[^\W\d_])")
_IMAGE_EXTENSION = r"\.(?:jpe?g|png|gif|webp|bmp|svg|avif|tiff?)"
IMAGE_FILE = re.compile(
    # "tham-lao-518.jpg", "a.webp?w=800": a file name, perhaps with a query
    rf"(?i)^(?=\S*$)(?:\S*{_IMAGE_EXTENSION}$|\S*?{_IMAGE_EXTENSION}\?)"
    # "t-0704.jpg (630×386)": a browser's title for a picture, its size after its name
    rf"|^\S*{_IMAGE_EXTENSION}\s\(\d{{2,5}}\s?[×x]\s?\d{{2,5}}\)$"
    r"|^(?=[\w-]*$)[\w-]*?\d\dx\d\d"  # "iphone-12-2-800x533": a resized file's stem
    # "Snapins.ai_485927996_1804…_n_1080", "IMG_20190312_101010": a camera's or an app's
    # stem, figures of six or more run into words by underscores (not a web address)
    r"|^(?=\S*_)(?!\S*[:/])(?=\S*\d{6})\S+$"
    # "__PHAM TRAN_": a file stem in underscores. A line in single underscores is a
    # converter's italics ("_Bài và ảnh Trọng Tùng_"), a rule of them a separator ("____").
    r"|^__[^\s_].*_$"
)

# A picture's address closing a line, perhaps inside a crawler's marker of a few
# characters ("{imghttp://…/logo.pngimg}", "<http://…/a.jpg>"): searched in the line's
# last characters only (see PICTURE_ADDRESS_TAIL).
PICTURE_ADDRESS_END = re.compile(rf"(?i){_IMAGE_EXTENSION}[^\s/.]{{0,6}}$")
PICTURE_ADDRESS_TAIL = 16

# A line made of punctuation and symbols only ("–", "*", ".", "|").
SYMBOLS_ONLY = regex.compile(r"^[\p{P}\p{S}\s]+$")
# A lone lowercase ASCII word is an icon name or a button ("create", "share").
ICON_WORD = re.compile(r"^[a-z_]{2,20}$")
# A page's locale left by a metadata dump: "vi_VN", "vn_VN", "en_US".
LOCALE = re.compile(r"^[a-z]{2}_[A-Z]{2}$")
# Like and view counters left as a line: "0", "0 0", "12 3". (A lone number of a table's
# or a list's rows, "1", "2", "3", is the table's own.)
# Or a count with its word: "0 Bình luận", "1875 Lượt xem", "1Lượt thích".
COUNTER = re.compile(
    r"^0(?: \d+)*$|^\d+(?: \d+)+$"
    r"|(?i:^\d[\d.,]*\s*(?:lượt\s+(?:xem|thích|đọc|chia sẻ)|bình luận|likes?|views?"
    r"|comments?|shares?)$)"
)

# A markdown link's target: "(https://a.vn/b)", "(/b "Tiêu đề")", "(javascript:void\(0\);)".
_LINK_TARGET = r"\((?:\\.|[^()\\\n])*\)"
# The date and time a list of stories prints before each: "20/07/2026 21:18 ".
_TEASER_DATE = r"(?:\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s+)?"
# Links set inside the body: ">> Headline", "[Video] Headline".
# An invitation to read more that is itself the link, its words run on after the
# verb or the colon: "Xem thêm những thủ thuật hay ho trên Messenger tại đây nhé!",
# "Xem chi tiết:Cách làm bánh tổ …". The bare header ("Xem thêm:") is a list header's.
READ_MORE = re.compile(
    r"(?i)^[ >*_»•#-]{0,6}(?:(?:xem thêm|đọc thêm|xem chi tiết|tham khảo (?:ngay|thêm))"
    r"(?:\s*[:|»>.…]+\s*|\s+)"
    # "Theo dõi thêm" opens sentences too ("Theo dõi thêm diễn biến, …"): only with its colon.
    r"|theo dõi thêm\s*:\s*)\w"
)
LINK_MARK = re.compile(r"^(?:>>+|»|\[(?:video|ảnh|infographic|clip|photo|emagazine)\])\s*", re.I)
# A marked link that tells the reader to go and look may close like a sentence:
# ">> Bạn nên xem ngay trên 12 công trình … để tham khảo nhé."
LINK_MARK_INVITE = re.compile(
    r"(?i)(?:(?:bạn|các bạn|quý khách|quý vị)\s+)?(?:(?:nên|hãy|có thể)\s+)?"
    r"(?:xem|tham khảo|đọc|khám phá)\b"
)
# A line of markdown links and nothing else ("[Trang chủ](/)[Video](/video)"): a menu.
# The link text may hold an image ("[![Logo](logo.png)](/)"); separators may stand between.
# A space between links has one place to go (before the separator, or after it): with
# "\s*[sep]?\s*" a run of links that fails at its end is tried in 2^n ways; so is a
# "!" that both a text character and the image inside a link could take.
LINK_RUN = re.compile(
    rf"(?:\s*(?:[*|·•,-]\s*)?!?\[(?:[^\[\]!]|!(?!\[)|!?\[[^\[\]]*\]{_LINK_TARGET})*\]{_LINK_TARGET}){{2,}}\s*"
)
# A line that is one link and nothing else, behind a list or sub-heading marker and a
# teaser's date or not: "## [ Tiêu đề ](https://…)", "* [Tiêu đề](/…)". Group 1: its text.
# ("# " is left out: a page may link its own headline.)
ONE_LINK = re.compile(rf"(?:[*+•-]\s+|#{{2,6}}\s+)?{_TEASER_DATE}\[([^\[\]]*)\]{_LINK_TARGET}\s*")
# A link to the author's page of a blog or CMS ("[Tác giả: Admin](/author/admin-id-1)"),
# its text a name or a credit of a few words.
AUTHOR_LINK = re.compile(
    r"(?i)\[\s*([^\[\]]{2,60}?)\s*\]\([^\s()]*/(?:author|tac-gia|tacgia)/[^\s()]*\)"
)
# A list header and the one story it points to, on one line, behind quote or list marks
# and emphasis: "Xem thêm: [Tiêu đề](https://…)", "_> > Có thể bạn chưa xem: [Tiêu đề](…)_".
HEADER_LINK = re.compile(
    rf"(?i)[\s>*_»•#-]*(?:{LIST_HEADERS})\s*[*_]*\s*[:|»>.…]*\s*[*_]*\s*"
    rf"\[[^\[\]]+\]{_LINK_TARGET}[\s*_.]*"
)
# A picture, linked or not, with words run on after it on the same line: a caption a
# converter glued to its picture ("![…](a.jpg) Camera ghi lại …", "[![](a.jpg)](a.jpg)Khi …").
PICTURE_THEN_WORDS = re.compile(
    rf"(?:\[\s*)?!\[[^\[\]]*\]{_LINK_TARGET}(?:\s*\]{_LINK_TARGET})?\s*(?P<words>[^\s!\[].*)"
)
# An icon rather than a photo: drawn in SVG, or kept in an icons folder.
ICON_FILE = re.compile(r"(?i)\.svg\b|/icons?/")
# An image that links to a page, the thumbnail of a story: "[ ![Ảnh …](a.jpg) ](https://…)".
# Group 1: where it links to.
LINKED_IMAGE = re.compile(
    rf"{_TEASER_DATE}\[\s*!\[[^\[\]]*\]{_LINK_TARGET}\s*\]\(((?:\\.|[^()\\\n])*)\)\s*"
)
# Where advertising lives in a linked image's addresses: "/ads_data/", "/adsfw/",
# "…_banner.jpg", "doubleclick". Sizes ("300x250") are left out: a story's resized
# thumbnail carries one too ("anh-300x200.jpg").
AD_ADDRESS = re.compile(
    r"(?i)(?<![a-z])(?:ads?|adsfw|ads_data|adserver|adverts?|advertising|banners?|baner"
    r"|quang-?cao|doubleclick)(?![a-z])"
)
# What a news photo shows, as its caption words it: someone speaking or handing over an
# award ("X phát biểu tại hội nghị", "X trao giấy khen cho Y"), or the room ("Quang cảnh
# buổi tiếp", "Đại biểu dự hội nghị"). The verbs are limited to a subject before them:
# "Phát biểu tại hội nghị, ông X cho biết: …" opens a paragraph. The rule that uses the
# group also limits the line's length and shape (one sentence, no quote).
_SCENE_ACTS = (
    r"phát biểu\s+(?:tại|chỉ đạo|khai mạc|bế mạc|kết luận|ý kiến|tham luận|chúc mừng"
    r"|giao nhiệm vụ)"
    r"|(?:trao|tặng)\s+(?:giấy khen|bằng khen|bằng|quyết định|quà|hoa|tặng|giải|giấy chứng nhận"
    r"|chứng nhận|học bổng|kỷ niệm chương|huân chương|huy chương|cờ thi đua"
    # "trao biển hỗ trợ", "trao biển tượng trưng": the board a gift is handed over on
    r"|biển)"
    r"|chụp ảnh lưu niệm|cắt băng khánh thành|bấm nút (?:khởi công|khánh thành|khởi động)"
)
_SCENE_OPENINGS = (
    r"(?:quang cảnh|toàn cảnh)\s+(?:buổi|hội|lễ|phiên|cuộc|lớp|chương trình|đại hội|kỳ họp)"
    r"|(?:các\s+)?(?:đại biểu|đồng chí|lãnh đạo|khách mời)(?:\s+\S+)?\s+(?:dự|tham dự)\s"
    # "Hình ảnh bệnh nhân niềng răng", "Ảnh minh họa cho …": what the picture shows. With
    # a colon it is a term and its gloss: "Hình ảnh ẩn dụ : Khuôn trăng đầy đặn" (imagery).
    r"|(?:hình ảnh|(?:hình|ảnh) minh (?:họa|hoạ))\s+[^:]+$"
)
SCENE = re.compile(rf"(?i)(?<=\S\s)(?:{_SCENE_ACTS})\b|^(?:{_SCENE_OPENINGS})")
# One scan of a page's lower-cased text for the lines worth reading with SCENE.
SCENE_HINT = (
    r"phát biểu|trao|tặng|chụp ảnh lưu niệm|cắt băng|bấm nút|\n(?:quang|toàn) cảnh"
    r"|\n(?:các )?(?:đại biểu|đồng chí|lãnh đạo|khách mời)|\nhình ảnh |\n(?:hình|ảnh) minh h"
)
# How a portrait's caption addresses the person before the name: "Đồng chí", "Ông",
# "PGS.TS", "Đại tá". ("Anh", "Chị", "Cô" are left out: they also open sentences and
# place names, "Cô Tô", and the rule wants the name's office after it anyway.)
PERSON_ADDRESS = (
    r"đồng chí|ông|bà|thầy|đ/c|gs|pgs|ts|ths|bs|bác sĩ|tiến sĩ|thạc sĩ|giáo sư|luật sư"
    r"|nhà báo|nghệ sĩ|nsnd|nsưt|kts|kiến trúc sư|đại tá|thượng tá|trung tá|thiếu tá"
    r"|thiếu tướng|trung tướng|thượng tướng|đại tướng"
)
# A person and the office they hold, as a portrait's caption names them: "Đồng chí
# Thân Thanh Sơn - Trưởng phòng Đào tạo", "PGS.TS Lê Văn A, Hiệu trưởng". The name is
# captured so the rule can find it again in the text beside the line.
PERSON_AND_OFFICE = regex.compile(
    rf"(?i:(?:(?:{PERSON_ADDRESS})(?:\.\s*|\s+))+)"
    r"(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*(?:\s[-–]\s*|,\s*)\p{Lu}"
)
# A credit in brackets closing a line: "Highlights U23 Việt Nam (Nguồn: FPT Play)",
# "(Ảnh: T.L)". Only with its colon: "(nguồn tin từ Bộ Y tế)" may close a sentence.
# "Nguồn ảnh" names a picture's source with or without it: "(Nguồn ảnh Internet)".
BRACKETED_CREDIT = re.compile(
    r"(?i)\(\s*(?:(?:nguồn|ảnh|video|clip)\s*:|nguồn\s+ảnh\b)[^()]{1,40}\)\s*$"
)
# Two headlines on one line separated by " / ".
HEADLINE_SEPARATOR = " / "

# Bylines and sources.
# Who a class project's or a team's credit names before "thực hiện:" ("Sinh viên thực
# hiện: Hà Thu Hường"): a credit that may stand anywhere, not only at the foot.
TEAM_MEMBERS = "sinh viên|học sinh|nhóm"
TEAM_CREDIT = re.compile(rf"(?i)(?:{TEAM_MEMBERS})\s+thực hiện\s*:")
# What an author's credit may open with: "Bài và ảnh: Trọng Tùng", "Tin, ảnh: N.K",
# "Thực hiện: Hà Anh", "Tác giả bài viết: Lê Thoa". ("Bài" and "Tin" alone only with
# their colon: they open sentences.)
AUTHOR_PREFIX = re.compile(
    r"(?i)^(?:(?:bài|tin)\s*(?:,|và|-|&)\s*(?:ảnh|clip|video)\s*:?"
    # A student's or a team's credit: "Sinh viên thực hiện: Hà Thu Hường".
    rf"|(?:bài|tin|(?:(?:{TEAM_MEMBERS})\s+)?thực hiện|tác giả(?: bài viết)?"
    r"|(?:đơn vị\s*/\s*)?người (?:đăng|viết))\s*:"
    # A blog's or a shop's post credit: "Đăng bởi Lâm Hải", "Viết bởi: admin".
    r"|(?:đăng|viết)\s+bởi\s*:?|posted by\s*:?"
    # A label glued to the name by a converter ("Tác giảAnh Hoa"): no word runs on so.
    r"|tác giả(?=[^\W\d_]))\s*"
)
# An expert's or an editor's credit, on health and magazine pages: "Bài viết được tư vấn
# chuyên môn bởi BSCK I X - Khoa Mắt", "Tham vấn y khoa: ThS.BS X", "Biên tập ELLE Team",
# or a translator's.
# ("Biên tập" without its colon only before a bare name: the rule checks what follows.)
REVIEW_CREDIT = re.compile(
    r"(?i)^(?:(?:bài viết\s+)?được\s+(?:tư vấn chuyên môn|tham vấn(?: y khoa| chuyên môn)?"
    r"|kiểm duyệt(?: y khoa| nội dung| chuyên môn)?|biên tập|viết)\s+bởi\s*:?"
    r"|(?:tham vấn|kiểm duyệt)\s+(?:y khoa|chuyên môn|nội dung)\s*:"
    r"|(?:người biên tập|biên tập viên|biên tập|người viết)\s*:?"
    # A translated article's translator: "Người dịch:Thạc sĩ Lê Hải Quỳnh - Công ty …".
    r"|(?:người dịch|dịch giả|biên dịch)\s*:)\s*"
)
# Degrees and posts before a doctor's or a scholar's name: "BSCK I", "ThS.BS", "PGS.TS".
PROFESSIONAL_TITLE = re.compile(
    r"^(?:(?:BSCK\s?(?:II|I|1|2)|BS\.?\s?CK\s?(?:II|I|1|2)|ThS|TS|PGS|GS|BS|DS|Bác sĩ|Dược sĩ"
    r"|Thạc sĩ|Tiến sĩ|Điều dưỡng|Lương y)(?:\.|\s+|(?=[A-Z]))\s*)+"
)
# A reader header's "URL Source: https://..." names the page's address.
SOURCE_PREFIX = re.compile(
    r"(?i)^(?:\(?\s*)?(?:(?:theo|nguồn tin|nguồn bài|nguồn|link nguồn)\s*[:：]?|(?:url )?source\s*:"
    # "Tham khảo: CNN" (the article drew on it); only with its colon, since "Tham khảo ý
    # kiến …" opens sentences.
    r"|tham khảo\s*[:：])\s*"
)
URL_LINE = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
# A crawler's note of the page's address, left as an HTML comment above the text
# ("<!-- source: https://… -->").
COMMENT_SOURCE = re.compile(r"(?i)^<!--\s*((?:url\s+)?source\s*:\s*(?:https?://|www\.)\S+?)\s*-->$")
# A social network's post or video as a bare address: what a converter leaves of an
# embedded tweet, post or clip ("https://twitter.com/i/status/1509985789404459011").
EMBED_URL = re.compile(
    r"(?i)^(?:https?://)?(?:www\.|mobile\.|m\.)?"
    r"(?:twitter\.com|x\.com|facebook\.com|fb\.watch|youtube\.com|youtu\.be|instagram\.com"
    r"|tiktok\.com)/\S*(?:/status/|/posts/|/videos/|watch\?|/p/|/reel/|/video/|youtu\.be/)\S*$"
)
PLACE_OF_FILING = re.compile(r"(?i)^\(\s*từ\s+[^()]{2,40}\)$")
# "(*) Đại học Luật TPHCM", "(*) Tác giả là giảng viên …": a footnote naming the author's
# school or post. Other "(*)" notes ("(*) Tên nhân vật đã được thay đổi") are the text's own.
AUTHOR_NOTE = re.compile(
    r"(?i)^\(\*{1,3}\)\s*(?:tác giả\b|(?:đại học|học viện|viện|trường đại học|trường cao đẳng"
    r"|khoa|bộ môn|nghiên cứu sinh|giảng viên)\s)"
)
# "(1) https://…": a numbered note that is only the address of a source the text cites.
REFERENCE_NOTE = re.compile(r"(?i)^[(\[]\d{1,3}[)\]]\s*(?:https?://|www\.)\S+$")
# "(VTC News) -", "TTO -": an agency credit left on a line of its own.
# "(TTXVN)", "(TTXVN/Vietnam+)": an agency's acronym in brackets, closing an article.
AGENCY_CREDIT = regex.compile(
    r"^\(?[\p{Lu}\d][\p{L}\d .&'-]{0,30}\)?\s*[-–—]$"
    r"|^\(\p{Lu}[\p{Lu}\d&]+\+?(?:[ /][\p{L}\d.&+-]+){0,3}\)$"
)
# Words that say a text was compiled, not who wrote it: not an author, not a source.
COMPILED = re.compile(r"(?i)^(?:tổng hợp|t\.?h|tổng hợp từ|tổng hợp/.+|biên dịch|lược dịch)$")

# Keys of the fields converters write above a page (front matter, reader headers),
# by the label their line gets. "body" keys hold the lead, which stays in the body.
FIELD_KEYS: dict[str, frozenset[str]] = {
    "title": frozenset({"title"}),
    "slug": frozenset({"slug"}),
    "image": frozenset({"thumbnail", "image", "cover", "featured_image", "og_image"}),
    "dateline": frozenset(
        {"date", "created_at", "updated_at", "published", "published time", "publishdate"}
        | {"pubdate", "lastmod", "published_at", "modified"}
    ),
    "byline": frozenset({"author", "authors", "url source", "url", "source"}),
    "body": frozenset({"description", "summary", "excerpt", "sapo"}),
}
# The keys a reader header (no "---" around it) may hold; other "Key: value" lines
# at the top of a page are the article's own ("Hà Nội: ...").
HEADER_FIELDS = frozenset(
    {"title", "url source", "published time", "markdown content", "description"}
    | {"source", "author", "date", "url"}
    # A crawler's label over the page's blocks printed behind their tags (vncleaner.tagged).
    | {"content", "content with tag"}
)

# Keys of the page's own fields, not the article's facts: who wrote it and when, where it
# is filed, its credits, how to reach the newsroom ("Tác giả:", "Ngày đăng:", "Ảnh:",
# "Chuyên mục:", "Điện thoại:"). A run of "Key: value" lines mostly under such keys is a
# header, a masthead or a credits block (rules.facts).
PAGE_FIELD_KEY = re.compile(
    r"(?:tác giả(?: bài viết)?|người viết|bài(?: và ảnh)?|tin|biên tập(?: viên)?|thực hiện"
    r"|ảnh|hình ảnh|video|clip|đồ họa|đồ hoạ|nguồn|theo|ngày(?: đăng| cập nhật)?|cập nhật"
    r"|xuất bản|thời gian|chuyên mục|danh mục|thể loại tin|tags?|từ khóa|từ khoá|lượt xem"
    r"|bình luận|chia sẻ|e-?mail|điện thoại|đt|tel|fax|hotline|địa chỉ|trụ sở(?: chính)?"
    r"|văn phòng(?: đại diện)?|website|web|giấy phép|cơ quan chủ quản|tổng biên tập"
    r"|phó tổng biên tập|tòa soạn|toà soạn|liên hệ|quảng cáo|bản quyền"
    r"|title|author|date|source|url|published"
    # A repost's own credits: "Link: http://…", "Đơn vị/Người đăng: Ban Tuyên giáo …".
    r"|link|liên kết|người đăng|đăng bởi|đơn vị/người đăng)"
)

# Provinces and cities of Viet Nam (the 63 before the 2025 merger, whose names pages
# still print): a line naming one alone is a place of filing, never an author.
_PROVINCE_NAMES = (
    "An Giang|Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre"
    "|Bình Dương|Bình Định|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk"
    "|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh"
    "|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu"
    "|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ"
    "|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La"
    "|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Huế|Tiền Giang|TP.HCM|TPHCM"
    "|TP Hồ Chí Minh|TP. Hồ Chí Minh|Hồ Chí Minh|Sài Gòn|Trà Vinh|Tuyên Quang|Vĩnh Long"
    "|Vĩnh Phúc|Yên Bái"
)
PROVINCES = frozenset(_PROVINCE_NAMES.split("|"))

# Newspapers, broadcasters and agencies as credits print them: "Theo Dân Việt" names a
# source, "Theo Phạm Trường" a person, and both are shaped like a name. Compared in lower
# case. Not a list of the corpus's sites: the outlets that Vietnamese pages credit.
_PRESS = (
    "VOV|VTV|VTC|VTC News|TTXVN|Vietnam+|VietnamPlus|Dân Việt|Dân trí|Tuổi Trẻ"
    "|Tuổi Trẻ Online|Thanh Niên|Tiền Phong|Lao Động|Người Lao Động|Nhân Dân"
    "|Quân đội Nhân dân|Công an Nhân dân|CAND|An ninh Thủ đô|Pháp luật TP.HCM"
    "|Sài Gòn Giải Phóng|SGGP|VnExpress|VietNamNet|Zing|Zing News|Znews|Kenh14"
    "|Soha|CafeF|CafeBiz|Infonet|Báo Mới|Đời sống Pháp luật|Gia đình & Xã hội"
    "|Phụ nữ Việt Nam|Sức khỏe & Đời sống|Người Đưa Tin|Giáo dục Việt Nam"
    "|Giáo dục & Thời đại|Hà Nội Mới|Kinh tế & Đô thị|Công Thương|Nhà báo & Công luận"
    "|Thể thao & Văn hóa|Thế giới & Việt Nam|Tổ Quốc|Kiến Thức|Petrotimes|Vietnam Finance"
    "|Reuters|AFP|AP|CNN|BBC|VOA|RFA|RFI|Bloomberg|Xinhua|Tân Hoa Xã|TASS|Sputnik"
    "|RIA Novosti|Yonhap|Kyodo|NHK|CNBC|Fox News|The Guardian|New York Times"
)
PRESS_NAMES = frozenset(name.lower() for name in _PRESS.split("|"))
# A name opening with what an outlet calls itself ("Báo Trà Vinh", "Tạp chí Cộng sản",
# "Đài Tiếng nói Việt Nam", "Cổng thông tin điện tử Chính phủ"): a source, for no
# Vietnamese person's name opens with these words.
OUTLET_NAME = re.compile(
    r"(?i)^(?:báo|tạp chí|tuần báo|nhật báo|đài|truyền hình|thông tấn xã|cổng thông tin"
    r"|trang tin|kênh)\s+\S"
)
# A name opening with what a school, hospital, ministry or firm calls itself ("Đại học
# Bách Khoa TP.HCM", "Bộ Y tế", "Trung tâm Kiểm soát bệnh tật"): after "Nguồn:" alone on
# its line, or after the authors' names at the foot, the organisation the article came from.
INSTITUTION_NAME = re.compile(
    r"(?i)^(?:đại học|trường|học viện|bệnh viện|bộ|sở|cục|chi cục|tổng cục|viện|trung tâm|công ty"
    r"|tập đoàn|ngân hàng|ủy ban|ubnd|hiệp hội|tổ chức)\s+\S"
)
# A writer's post before the office in a signature ("Châu Trân – GV Trường PTTH Sư
# phạm", "Phóng viên Báo …"): what they are there, which the office then names.
OFFICE_POST = re.compile(
    r"(?i)^(?:gv|giáo viên|giảng viên|sv|sinh viên|học viên|pv|phóng viên|ctv|cộng tác viên)\s+"
)
# A newsroom's desk signing for its reporters ("Ban Thời sự", "Nhóm phóng viên"): capitalised,
# since "ban", "nhóm" and "phòng" open sentences in lower case too.
DESK_NAME = re.compile(r"^(?:Ban|Nhóm|Phòng|Bộ phận|Tổ)\s+\w")
# A reporter signing with initials: "M.T", "H.A.", "T.T.H".
INITIALS = regex.compile(r"^\p{Lu}(?:\.\p{Lu}){1,3}\.?$")
