#!/usr/bin/env bash
# make_link_datasets.sh - regenerate the link-checker evaluation sets in tests/data/links/.
#
#   scripts/make_link_datasets.sh [OUTDIR]        (default: <repo>/tests/data/links)
#
# Writes OUTDIR/lookalikes.txt and OUTDIR/legitimate.txt. Deterministic: the same Debian
# package versions give byte-identical files (checked in the header of each file).
# Never touches the internet: dnstwist runs in "--format list" mode, which returns before any
# DNS/HTTP/WHOIS code (dnstwist.py main(): `if args.format == 'list': print(...); return`).
# Needs: dnstwist, python3, the doc packages in DOC_PACKAGES and publicsuffix. If one is missing
# and we are root, it is installed with apt-get from the Debian mirror; otherwise we stop.
# Documentation: tests/data/links/README.md.
set -euo pipefail
export LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8 PYTHONHASHSEED=0

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../tests/data/links"}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# --- configuration -----------------------------------------------------------------------------
# Protected official domains (lookalike targets). x.com is skipped: too short for the fuzzers.
BRANDS="facebook.com messenger.com instagram.com zalo.me tiktok.com youtube.com google.com
gmail.com telegram.org microsoft.com outlook.com apple.com icloud.com vietcombank.com.vn
bidv.com.vn vietinbank.vn agribank.com.vn techcombank.com.vn mbbank.com.vn vpbank.com.vn
acb.com.vn sacombank.com.vn momo.vn zalopay.vn shopee.vn lazada.vn tiki.vn garena.vn
dichvucong.gov.vn"
# Label fuzzers only. Not tld-swap, subdomain, plural, dictionary, various (see README).
FUZZERS="addition bitsquatting cyrillic homoglyph hyphenation insertion omission repetition
replacement transposition vowel-swap"
PER_BRAND=120          # max dnstwist permutations kept per brand
PER_HOST=250           # max URLs kept per host from the Debian documentation harvest
# dnstwist permutations that are real, unrelated, legitimate domains (not lookalikes to flag):
#   mail.com, email.com (gmail.com omission/bitsquatting; mail.com webmail), cloud.com
#   (icloud.com omission; Cloud Software Group), scb.com.vn (acb.com.vn replacement; Saigon
#   Commercial Bank), tpbank.com.vn (vpbank.com.vn bitsquatting; TPBank).
DNSTWIST_EXCLUDE="mail.com email.com cloud.com scb.com.vn tpbank.com.vn"
# Fixed documentation packages harvested for legitimate URLs (fixed list => reproducible).
DOC_PACKAGES="debian-reference-en debian-reference-common developers-reference debian-policy
debian-faq maint-guide"
PSL=/usr/share/publicsuffix/public_suffix_list.dat

# --- dependencies ------------------------------------------------------------------------------
need=()
command -v dnstwist >/dev/null || need+=(dnstwist)
command -v python3 >/dev/null || need+=(python3)
[ -r "$PSL" ] || need+=(publicsuffix)
for p in $DOC_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing packages: ${need[*]} (run as root or: sudo apt-get install ${need[*]})" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
fi
dnstwist_ver=$(dpkg-query -W -f='${Version}' dnstwist)
doc_vers=$(for p in $DOC_PACKAGES; do dpkg-query -W -f='${Package} ${Version}; ' "$p"; done)
psl_ver=$(dpkg-query -W -f='${Version}' publicsuffix)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- 1. dnstwist permutations, one call per (brand, fuzzer) so each row keeps its fuzzer ------
for b in $BRANDS; do
    for f in $FUZZERS; do
        # exit status 2 = "selected fuzzing algorithms do not generate any permutations"
        # (e.g. cyrillic for a label with letters that have no Cyrillic twin): not an error.
        rc=0
        dnstwist --format list --fuzzers "$f" "$b" >"$tmp/one" 2>"$tmp/err" || rc=$?
        if [ $rc -ne 0 ] && ! grep -q 'do not generate any permutations' "$tmp/err"; then
            cat "$tmp/err" >&2; exit 1
        fi
        awk -v b="$b" -v f="$f" 'NF { printf "%s\t%s\t%s\n", b, f, $1 }' "$tmp/one"
    done
done >"$tmp/dnstwist.tsv"

# --- 2. hand-made Vietnamese-pattern lookalikes (link-detection.md section 3) ---------------
# URL <TAB> imitated brand domain. Hosts are invented; do not visit them.
cat >"$tmp/handmade_lookalikes.tsv" <<'EOF'
http://facebook-dangnhap.com	facebook.com
https://facebook-dangnhap.com/login	facebook.com
facebook-login.tbit.vn	facebook.com
https://facebook-xacminh.xyz/checkpoint/?next=%2F	facebook.com
http://fb-hotro.online/khang-nghi	facebook.com
https://facebook.com.evil-site.xyz/login	facebook.com
https://login.facebook.com.secure-check.top/	facebook.com
http://www.facebook.com.vn-xacminh.info/dang-nhap	facebook.com
https://facebook.com@evil.example/	facebook.com
http://www.facebook.com@203.0.113.7/login.php	facebook.com
https://m.facebook.com-security-check.online/	facebook.com
https://facebook-support-team.vercel.app/	facebook.com
https://fb-baove-taikhoan.weebly.com/	facebook.com
http://business-facebook-help.com/appeal	facebook.com
https://meta-facebook-khangnghi.site/case?id=8321	facebook.com
facebook-cskh.vip	facebook.com
https://facebook.vn-mokhoa.top/	facebook.com
http://help-facebook.com.1849201.camwimpy.com/	facebook.com
https://facebook-verify.click/xac-minh?ref=1	facebook.com
http://facebook-trian.live/nhan-qua	facebook.com
HTTPS://FaceBook-DangNhap.XYZ/Login	facebook.com
http://facebook-dangnhap.com:8080/	facebook.com
https://new-facebook.com/	facebook.com
https://messenger-dangnhap.com/	messenger.com
http://messenger.com.chat-verify.top/	messenger.com
https://www-messenger.com.login-secure.net/	messenger.com
messenger-hotro.online/khoi-phuc	messenger.com
https://messenger.vn-xacminh.xyz/	messenger.com
https://instagram-verify.shop/badge	instagram.com
http://instagram.com.copyright-appeal.xyz/	instagram.com
https://help-instagram.com-case.online/	instagram.com
instagram-xacminh.site/dang-nhap	instagram.com
https://instagram.com@ig-login.click/	instagram.com
https://instagram-hotro.vip/	instagram.com
https://zalo-hotro.online/	zalo.me
http://zalo-xacthuc.top/dang-nhap	zalo.me
https://jp.zaloapp.com.1861694.camwimpy.com/	zalo.me
http://chat.zalo.me.vn-login.xyz/	zalo.me
https://zalo.vn-mokhoa.info/	zalo.me
zalo-khoatk.club/mo-khoa	zalo.me
https://id-zalo.me-verify.top/	zalo.me
https://zalo.me@zalo-web.click/	zalo.me
https://zalo-cskh.vip/	zalo.me
http://new-zalo.com/	zalo.me
https://zalo-nhanqua.fun/	zalo.me
https://zaloweb-login.com/	zalo.me
https://zalo-taikhoan.online/xac-minh?ref=1	zalo.me
https://tiktok-verify.shop/	tiktok.com
http://tiktok-shop-trian.xyz/nhan-thuong	tiktok.com
https://tiktok.com.seller-center.top/	tiktok.com
tiktok-hotro.online	tiktok.com
https://vt.tiktok.com.ab12cd.click/	tiktok.com
https://tiktok-ruttien.vip/rut-tien	tiktok.com
http://www-tiktok.com.creator-fund.site/	tiktok.com
https://tiktok-vn.shop/dang-nhap	tiktok.com
https://youtube-copyright-strike.com/appeal	youtube.com
http://youtube.com.studio-verify.xyz/	youtube.com
https://www-youtube.com.watch-video.online/watch?v=dQw4w9WgXcQ	youtube.com
https://youtube-premium-free.top/	youtube.com
https://youtube.com@yt-login.top/	youtube.com
https://youtube-vn.com/dang-nhap	youtube.com
https://www-google.com.example.net/	google.com
https://accounts.google.com.signin-verify.top/	google.com
http://google-xacminh.site/	google.com
https://myaccount-google.com.security-alert.info/	google.com
https://google.com@login-secure.click/ServiceLogin	google.com
https://accounts-google.vn-hotro.xyz/	google.com
https://google-account-recovery.online/	google.com
https://gmail-login.online/	gmail.com
http://gmail.com.mailbox-full.xyz/upgrade	gmail.com
https://gmail-security-check.top/	gmail.com
gmail-xacminh.info	gmail.com
https://gmail.com@mail-verify.click/	gmail.com
https://telegram-login.click/	telegram.org
http://web-telegram.org.auth-code.top/	telegram.org
https://telegram.org-premium.site/	telegram.org
https://telegram-vn.com/dang-nhap	telegram.org
https://telegram-xacminh.xyz/	telegram.org
https://microsoft-account-verify.com/	microsoft.com
http://login.microsoft.com.secure-docs.xyz/	microsoft.com
https://microsoft-hotro.online/	microsoft.com
https://account.microsoft.com@office-share.top/	microsoft.com
https://microsoft-vn.com/xac-minh?ref=1	microsoft.com
https://outlook-webmail-upgrade.weebly.com/	outlook.com
http://outlook.com.mail-quota.top/	outlook.com
https://outlook-login.site/owa/	outlook.com
https://login-outlook.com-verify.info/	outlook.com
https://appleid-apple.com-verify.xyz/	apple.com
http://apple-hotro.online/	apple.com
https://support.apple.com.case-8833.top/	apple.com
https://apple.com@icloud-find.click/	apple.com
http://аррӏе.com/	apple.com
https://apple-vn.com/dang-nhap	apple.com
https://icloud-findmy.com/	icloud.com
http://icloud.com.find-device.top/	icloud.com
https://icloud-unlock.vip/	icloud.com
https://www-icloud.com.login.xyz/	icloud.com
https://vietcombank-xacminh.xyz/	vietcombank.com.vn
http://new-vietcombank.com/	vietcombank.com.vn
https://i-vietcombank.com/	vietcombank.com.vn
http://avietcombank.com/	vietcombank.com.vn
https://vietcombank.com.vn-ibank.info/	vietcombank.com.vn
https://vcb-vn.com/	vietcombank.com.vn
https://vcbdigibank.vietcombank.com.vn.secure-login.top/	vietcombank.com.vn
http://vietcombank.vn-banking.xyz/dang-nhap	vietcombank.com.vn
https://vietcómbank.vn/	vietcombank.com.vn
https://xn--vietcmbank-kbb.vn/	vietcombank.com.vn
https://vcb-khachhang.online/xac-minh?ref=1	vietcombank.com.vn
https://vietcombank-trian.vip/nhan-qua	vietcombank.com.vn
http://ibanking-vietcombank.com/	vietcombank.com.vn
https://vcbdigibank-vn.com/login	vietcombank.com.vn
vietcombank-hotro.top	vietcombank.com.vn
https://vietcombank.com.vn@vcb-ebank.xyz/	vietcombank.com.vn
http://vcb.vn-ibank.info/	vietcombank.com.vn
https://vietcombank-cskh.live/	vietcombank.com.vn
HTTP://VietcomBank-XacMinh.Top/Dang-Nhap	vietcombank.com.vn
https://bidv.vn-xacthuc.top/	bidv.com.vn
http://bidv-xacminh.xyz/	bidv.com.vn
https://smartbanking-bidv.com/	bidv.com.vn
http://new-bidv.com/dang-nhap	bidv.com.vn
https://bidv-vn.com/	bidv.com.vn
https://bidv.com.vn-ebank.online/	bidv.com.vn
https://bidv-hotro.vip/	bidv.com.vn
https://vietinbank-xacminh.xyz/	vietinbank.vn
http://ipay-vietinbank.com/	vietinbank.vn
https://vietinbank.vn-ibank.info/	vietinbank.vn
https://vietinbank-vn.com/dang-nhap	vietinbank.vn
http://www.vietinbank.vn.secure-otp.top/	vietinbank.vn
https://vietinbank-trian.online/	vietinbank.vn
https://agribank-xacminh.xyz/	agribank.com.vn
http://agribank.vn-banking.top/	agribank.com.vn
https://e-agribank-vn.com/	agribank.com.vn
https://agribank-hotro.online/dang-nhap	agribank.com.vn
http://ibank-agribank.com/	agribank.com.vn
https://techcombank-xacminh.xyz/	techcombank.com.vn
http://techcombank.com.vn-ibank.info/	techcombank.com.vn
https://techcombank-vn.com/	techcombank.com.vn
https://new-techcombank.com/login	techcombank.com.vn
http://fastmobile-techcombank.top/	techcombank.com.vn
https://mbbank-xacminh.xyz/	mbbank.com.vn
http://mbbank.vn-banking.online/	mbbank.com.vn
https://mbbank-vn.com/	mbbank.com.vn
https://online-mbbank.com/dang-nhap	mbbank.com.vn
http://mbbank-hotro.vip/	mbbank.com.vn
https://vpbank-xacminh.xyz/	vpbank.com.vn
https://vpbank.vn-ibank.info/	vpbank.com.vn
http://vpbank-vn.com/	vpbank.com.vn
https://vpbank-vay.online/vay-tieu-dung	vpbank.com.vn
https://neo-vpbank.top/	vpbank.com.vn
https://acb.vn-banking.xyz/	acb.com.vn
https://acb.vn-ibank.info/	acb.com.vn
http://acb-xacminh.top/	acb.com.vn
https://online-acb-vn.com/	acb.com.vn
http://acb.com.vn-secure.click/	acb.com.vn
https://sacombank-xacminh.xyz/	sacombank.com.vn
http://isacombank-vn.com/	sacombank.com.vn
https://sacombank.vn-ebank.top/	sacombank.com.vn
https://sacombank-hotro.online/	sacombank.com.vn
https://momo-nhanqua.vip/	momo.vn
http://momo-trian.xyz/	momo.vn
https://momo.vn-quatang.top/	momo.vn
https://nhanqua-momo.com/event	momo.vn
https://momo-ruttien.online/	momo.vn
https://vi-momo-vn.com/	momo.vn
http://momo.vn.1776523.naptien.click/	momo.vn
momo-naptien.shop/nap-tien	momo.vn
https://momo-hoantien.site/	momo.vn
https://zalopay-nhanqua.vip/	zalopay.vn
http://zalopay.vn-xacthuc.top/	zalopay.vn
https://zalopay-vn.com/	zalopay.vn
https://zalopay-ruttien.online/	zalopay.vn
https://shopee-trian.top/	shopee.vn
http://shopee-nhanqua.xyz/	shopee.vn
https://shopee.vn-tuyendung.online/	shopee.vn
https://tuyendung-shopee.vip/	shopee.vn
https://shopee-vn.shop/	shopee.vn
https://shopee-khachhang.site/hoan-tien?ref=1	shopee.vn
http://shopee.vn.flash-sale.click/	shopee.vn
https://shopee-tri-an.com/	shopee.vn
https://shopee.vn@shopee-freeship.top/	shopee.vn
shopee-cskh.live	shopee.vn
https://lazada-trian.top/	lazada.vn
http://lazada-tuyendung.xyz/	lazada.vn
https://lazada.vn-nhanqua.online/	lazada.vn
https://lazada-vn.shop/	lazada.vn
https://nhiemvu-lazada.vip/lam-nhiem-vu	lazada.vn
https://tiki-trian.top/	tiki.vn
http://tiki-vn.shop/	tiki.vn
https://tiki.vn-quatang.xyz/	tiki.vn
https://garena-quatang.xyz/	garena.vn
http://garena-nhanqua.vip/	garena.vn
https://garena.vn-sukien.top/	garena.vn
https://napthe-garena.com/	garena.vn
https://lienquan-garena-vn.com/nhan-skin	garena.vn
https://ff-garena-vn.site/	garena.vn
http://garena-shop.online/	garena.vn
https://garena.vn@garena-event.click/	garena.vn
https://sukien-garena.weebly.com/	garena.vn
https://dichvucong-gov.vn/	dichvucong.gov.vn
http://dichvucong.gov.vn-xacthuc.top/	dichvucong.gov.vn
https://dichvucong-bocongan.com/	dichvucong.gov.vn
https://dichvucong.gov.vn.hoso-online.xyz/	dichvucong.gov.vn
https://dvc-govvn.com/	dichvucong.gov.vn
https://dichvucong-gov-vn.online/dang-ky	dichvucong.gov.vn
https://dichvucong.govvn.click/	dichvucong.gov.vn
EOF

# --- 3. hand-made legitimate URLs: brands' own sites, Vietnamese news and government ---------
# Real official hosts; paths follow each site's real URL scheme but ids are illustrative.
cat >"$tmp/handmade_legit.txt" <<'EOF'
https://www.facebook.com/
https://www.facebook.com/groups/phuhuynhnhatrang/
https://www.facebook.com/groups/1523367751264590/permalink/2875123456789012/
https://WWW.Facebook.com/groups/hoinhatrang/posts/1198234567890123/
https://m.facebook.com/home.php
https://m.facebook.com/story.php?story_fbid=pfbid02XyZabc&id=100064423891234
https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org
https://l.facebook.com/l.php?u=https%3A%2F%2Fvnexpress.net%2F&h=AT0aBcDeF
https://business.facebook.com/
https://business.facebook.com/latest/inbox/all
https://accountscenter.facebook.com/password_and_security
https://accountscenter.facebook.com/password_and_security/two_factor
https://www.facebook.com/help/1216349518398524
https://www.facebook.com/settings?tab=security
https://www.facebook.com/hacked
https://www.facebook.com/login/identify/?ctx=recover
https://www.facebook.com/watch/?v=1234567890123456
https://www.facebook.com/marketplace/hanoi/
https://www.facebook.com/mps.gov
https://web.facebook.com/
https://mbasic.facebook.com/login/
https://developers.facebook.com/docs/
https://www.facebook.com/events/
https://facebook.com/
https://fb.watch/abc123/
https://fb.watch/q8Xk2LmN0p/
https://fb.me/e/3kLmN8pQ2
https://www.messenger.com/
https://www.messenger.com/t/100012345678901
https://www.messenger.com/login/
https://messenger.com/
https://www.instagram.com/
https://help.instagram.com/
https://help.instagram.com/368191326593075
https://www.instagram.com/accounts/login/
https://www.instagram.com/accounts/password/reset/
https://www.instagram.com/p/C1a2B3c4D5e/
https://www.instagram.com/reel/C9zYxWvUtSr/
https://chat.zalo.me/
https://id.zalo.me/
https://id.zalo.me/account?continue=https%3A%2F%2Fchat.zalo.me%2F
https://oa.zalo.me/
https://oa.zalo.me/home
https://zalo.me/pc
https://zalo.me/g/abcdef123
https://zalo.me/4318657068771012646
https://help.zalo.me/huong-dan/chuyen-muc/quan-ly-tai-khoan-zalo/
https://help.zalo.me/huong-dan/chuyen-muc/bao-mat-va-rieng-tu/
https://help.zalo.me/huong-dan/chuyen-muc/chinh-sach-cong-dong-zalo/
https://zalo.vn/
https://Chat.Zalo.me/
https://myaccount.google.com/security
https://myaccount.google.com/security-checkup
https://myaccount.google.com/signinoptions/two-step-verification
https://mail.google.com/mail/u/0/
https://mail.google.com/mail/u/0/#inbox
https://accounts.google.com/
https://accounts.google.com/ServiceLogin?service=mail&continue=https%3A%2F%2Fmail.google.com%2Fmail%2F
https://accounts.google.com/signin/recovery
https://accounts.google.com/v3/signin/identifier?hl=vi
https://support.google.com/accounts/answer/185833?hl=vi
https://support.google.com/mail/answer/8253?hl=vi
https://support.google.com/youtube/answer/2802168?hl=vi
https://www.google.com/search?q=vietcombank&hl=vi
https://www.google.com/url?q=https%3A%2F%2Ftuoitre.vn%2F&sa=D
https://drive.google.com/drive/my-drive
https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit
https://docs.google.com/forms/d/e/1FAIpQLSd1a2b3c4d5e6f7g8h9/viewform
https://maps.google.com/?q=Nha+Trang
https://play.google.com/store/apps/details?id=com.zing.zalo&hl=vi
https://meet.google.com/abc-defg-hij
https://calendar.google.com/calendar/u/0/r
https://passwords.google.com/
https://www.Google.com/
https://www.youtube.com/
https://www.youtube.com/watch?v=dQw4w9WgXcQ
https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s
https://youtu.be/dQw4w9WgXcQ
https://youtu.be/dQw4w9WgXcQ?t=42
https://m.youtube.com/
https://studio.youtube.com/
https://studio.youtube.com/channel/UCabcdEFGHijklMNOPqrstUV/videos
https://www.youtube.com/@vnexpress
https://www.youtube.com/@VTV24
https://www.youtube.com/playlist?list=PLabcdEFGHijklMNOPqrstUVwx
https://www.youtube.com/results?search_query=lua+dao+truc+tuyen
https://www.youtube.com/account_privacy
https://music.youtube.com/
https://www.tiktok.com/@user
https://www.tiktok.com/@vtv24news
https://www.tiktok.com/login
https://www.tiktok.com/setting
https://www.tiktok.com/tag/nhatrang
https://seller-vn.tiktok.com/
https://support.tiktok.com/vi/account-and-privacy
https://vt.tiktok.com/ZSjKq3mN2/
https://t.me/durov
https://t.me/telegram
https://t.me/s/durov
https://telegram.org/faq
https://telegram.org/apps
https://telegram.org/blog
https://web.telegram.org/k/
https://desktop.telegram.org/
https://core.telegram.org/api
https://my.telegram.org/auth
https://account.microsoft.com/
https://account.microsoft.com/security
https://support.microsoft.com/vi-vn/account-billing
https://www.microsoft.com/vi-vn/
https://learn.microsoft.com/en-us/windows/
https://outlook.live.com/mail/
https://outlook.live.com/mail/0/inbox
https://login.live.com/
https://account.live.com/password/reset
https://login.microsoftonline.com/
https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000002-0000-0ff1-ce00-000000000000&response_type=code
https://support.apple.com/vi-vn/HT204915
https://support.apple.com/vi-vn/102660
https://www.apple.com/vn/
https://www.apple.com/legal/privacy/
https://appleid.apple.com/
https://iforgot.apple.com/password/verify/appleid
https://www.icloud.com/
https://www.icloud.com/find
https://www.icloud.com/mail
https://portal.vietcombank.com.vn/
https://vcbdigibank.vietcombank.com.vn/
https://www.vietcombank.com.vn/
https://www.vietcombank.com.vn/vi-VN/KHCN/Cong-cu-Tien-ich/Ty-gia
https://Portal.VietcomBank.com.vn/Personal/Pages/Home.aspx
https://www.bidv.com.vn/
https://www.bidv.com.vn/vn/ca-nhan
https://www.bidv.com.vn/vn/tra-cuu-ty-gia
https://smartbanking.bidv.com.vn/
https://www.vietinbank.vn/
https://www.vietinbank.vn/vi/ca-nhan
https://ipay.vietinbank.vn/
https://www.agribank.com.vn/
https://www.agribank.com.vn/vn/ty-gia
https://www.techcombank.com.vn/
https://www.mbbank.com.vn/
https://online.mbbank.com.vn/
https://napas.com.vn/
https://momo.vn/
https://momo.vn/tin-tuc/khuyen-mai
https://business.momo.vn/
https://shopee.vn/
https://shopee.vn/buyer/login
https://shopee.vn/user/purchase/
https://shopee.vn/flash_sale
https://help.shopee.vn/portal
https://banhang.shopee.vn/
https://shope.ee/xyz
https://shope.ee/9zKtMq2AbC
https://www.lazada.vn/
https://member.lazada.vn/user/login
https://www.lazada.vn/helpcenter/
https://tiki.vn/
https://tiki.vn/sach-truyen-tieng-viet/c316
https://tiki.vn/customer/order/history
https://garena.vn/
https://lienquan.garena.vn/
https://dichvucong.gov.vn/p/home/dvc-trang-chu.html
https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html
https://dichvucong.gov.vn/p/home/dvc-thanh-toan-truc-tuyen.html
https://chinhphu.vn/
https://xaydungchinhsach.chinhphu.vn/
https://vanban.chinhphu.vn/
https://baochinhphu.vn/
https://moet.gov.vn/
https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx
https://khanhhoa.gov.vn/
https://mps.gov.vn/
https://bocongan.gov.vn/
https://vnexpress.net/
https://vnexpress.net/bo-cong-an-thuc-thi-bao-dam-an-toan-thong-tin-mang-tu-ngay-mai-4855294.html
https://vnexpress.net/so-hoa
https://tuoitre.vn/
https://tuoitre.vn/nhip-song-so.htm
https://thanhnien.vn/
https://thanhnien.vn/cong-nghe.htm
https://dantri.com.vn/
https://dantri.com.vn/cong-nghe.htm
https://vietnamnet.vn/
https://vtcnews.vn/
https://www.qdnd.vn/
https://ThanhNien.vn/thoi-su.htm
EOF

# --- 4. assemble with Python (hash-based, seed-free sampling) ---------------------------------
cat >"$tmp/build.py" <<'PYEOF'
import hashlib, ipaddress, os, re, sys, urllib.parse, gzip
tmp, out = sys.argv[1], sys.argv[2]
env = os.environ
brands = env["BRANDS"].split()
fuzzers = env["FUZZERS"].split()
exclude = set(env["DNSTWIST_EXCLUDE"].split())
per_brand, per_host = int(env["PER_BRAND"]), int(env["PER_HOST"])

def h(s):  # stable integer hash
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)

def host_of(url):
    u = url if "://" in url else "http://" + url
    return (urllib.parse.urlsplit(u).hostname or "").lower()

# ---- lookalikes: dnstwist part
rows = {}
for line in open(os.path.join(tmp, "dnstwist.tsv"), encoding="utf-8"):
    b, f, d = line.rstrip("\n").split("\t")
    rows.setdefault(b, {}).setdefault(d, f)   # first fuzzer (in FUZZERS order) wins
stats = {"dropped_original": 0, "dropped_excluded": 0, "dropped_brand": 0}
schemes = ["http://", "https://", ""]
paths = ["", "/", "/login", "/dang-nhap", "/xac-minh?ref=1", "/account/verify",
         "/checkpoint/?next=%2F", "/index.php", "/auth/signin", "/khuyen-mai"]
twist_lines, per_fuzzer = [], {}
for b in brands:
    byf = {}
    for d, f in rows.get(b, {}).items():
        if d == b:
            stats["dropped_original"] += 1; continue
        if d in exclude:
            stats["dropped_excluded"] += 1; continue
        if d in brands:
            stats["dropped_brand"] += 1; continue
        byf.setdefault(f, []).append(d)
    for f in byf:
        byf[f].sort(key=lambda d: (h(b + "|" + d), d))
    picked, rank = [], 0
    while len(picked) < per_brand and any(rank < len(v) for v in byf.values()):
        for f in fuzzers:   # round-robin over fuzzers so small ones are represented
            if rank < len(byf.get(f, [])) and len(picked) < per_brand:
                picked.append((byf[f][rank], f))
        rank += 1
    for d, f in sorted(picked):
        k = h("url|" + d)
        s = schemes[k % 3]
        p = paths[(k // 3) % len(paths)]
        twist_lines.append(f"{s}{d}{p}\t{b}")
        per_fuzzer[f] = per_fuzzer.get(f, 0) + 1

hand = [l.rstrip("\n") for l in open(os.path.join(tmp, "handmade_lookalikes.tsv"), encoding="utf-8") if l.strip()]
for l in hand:
    url, b = l.split("\t")
    assert b in brands, l
all_look, seen = [], set()
for l in twist_lines + hand:
    if l.split("\t")[0] in seen:
        continue
    seen.add(l.split("\t")[0]); all_look.append(l)
look_hosts = {host_of(l.split("\t")[0]) for l in all_look}

# ---- legitimate: Debian documentation harvest
psl_tlds = set()
for line in open(env["PSL"], encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("//"):
        t = line.split(".")[-1].lower()
        psl_tlds.add(t)
        try:
            psl_tlds.add(t.encode("idna").decode())
        except UnicodeError:
            pass
url_re = re.compile(r"https?://[^\]\s\"<>()`'\[{}|\\^]+")
bad_hosts = re.compile(r"(^|\.)(example\.(com|org|net)|localhost|remote-site\.com|foo\.dom)$")
files = [l.strip() for l in open(os.path.join(tmp, "docfiles")) if l.strip()]
raw = set()
for fn in files:
    try:
        data = gzip.open(fn).read() if fn.endswith(".gz") else open(fn, "rb").read()
    except OSError:
        continue
    if b"\0" in data[:4096]:
        continue  # binary (PDF, PNG ...)
    text = data.decode("utf-8", "replace")
    for m in url_re.findall(text):
        m = m.replace("&amp;", "&")
        m = re.split(r"[\u2018\u2019\u201c\u201d\u2026\ufffd]|&[lg]t;|&quot;|&#", m)[0]
        m = m.rstrip(".,;:!?*>'")
        raw.add(m)
# Drop URLs cut mid-word by line wrapping in man/info pages (a strict prefix of another URL).
raw_sorted = sorted(raw)
# Heuristic: ends in - _ ~ # =, or is a prefix of the next URL and stops inside a hyphenated
# last path segment ("glib-Miscellaneous-Uti"); "packages.debian.org/sid/acpi" is kept.
cut = {u for u in raw_sorted if u[-1] in "-_~#="}
cut |= {u for u, v in zip(raw_sorted, raw_sorted[1:])
        if v.startswith(u) and not u.endswith("/") and v[len(u)].isalnum()
        and "-" in u.rsplit("/", 1)[-1]}
doc = []
for u in raw_sorted:
    if u in cut:
        continue
    try:
        sp = urllib.parse.urlsplit(u)
        port = sp.port
    except ValueError:
        continue
    host = (sp.hostname or "")
    if not host or "." not in host or host.endswith(".") or bad_hosts.search(host.lower()):
        continue
    try:
        ipaddress.ip_address(host); continue
    except ValueError:
        pass
    if host.split(".")[-1].lower() not in psl_tlds or "..." in u or host.lower() in look_hosts:
        continue
    doc.append((host.lower(), u))
byhost = {}
for host, u in doc:
    byhost.setdefault(host, []).append(u)
doc_sel = []
for host in sorted(byhost):
    us = sorted(byhost[host], key=lambda u: (h("doc|" + u), u))
    doc_sel.extend(us[:per_host])

# ---- legitimate: hand-made + generated brand/news URLs
legit_hand = [l.strip() for l in open(os.path.join(tmp, "handmade_legit.txt"), encoding="utf-8") if l.strip()]
slugs = ["canh-bao-lua-dao-qua-mang-xa-hoi", "ngan-hang-khuyen-cao-khong-bam-vao-duong-link-la",
         "gia-vang-hom-nay-tang-manh", "thoi-tiet-nha-trang-cuoi-tuan", "tuyen-sinh-lop-10-khanh-hoa",
         "bo-cong-an-canh-bao-gia-danh-co-quan-chuc-nang", "meo-bao-ve-tai-khoan-zalo",
         "cach-bat-xac-thuc-hai-lop-cho-facebook", "hoc-sinh-bi-lua-dao-mua-the-game",
         "san-thuong-mai-dien-tu-tang-truong", "phu-huynh-mat-tien-vi-tin-nhan-gia-mao",
         "chuyen-doi-so-trong-giao-duc", "ky-thi-tot-nghiep-thpt-2026", "luat-an-ninh-mang-2025-co-hieu-luc",
         "cach-nhan-biet-website-ngan-hang-gia", "giao-thong-tet-duong-lich", "bao-ve-du-lieu-ca-nhan-tu-2026",
         "canh-giac-voi-cuoc-goi-mao-danh-cong-an", "ung-dung-vneid-cap-nhat-tinh-nang-moi",
         "kinh-nghiem-du-lich-vinh-nha-trang", "thi-truong-chung-khoan-phien-sang",
         "truong-hoc-to-chuc-ngay-hoi-an-toan-mang", "nhieu-tai-khoan-ngan-hang-bi-chiem-doat",
         "mua-sam-cuoi-nam-tren-san-thuong-mai", "cong-an-khanh-hoa-triet-pha-duong-day-lua-dao"]
def pick(seq, key):
    return seq[h(key) % len(seq)]
def digits(key, n):
    return str(h(key))[-n:].rjust(n, "1")
def b64id(key, n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    v = h(key); return "".join(a[(v >> (6 * i)) & 63] for i in range(n))
def stamp(key):  # yyyymmddhhmmssmmm in 2025-01..2026-11
    v = h(key)
    y = 2025 + v % 2; mo = 1 + (v >> 3) % (12 if y == 2025 else 11); d = 1 + (v >> 7) % 28
    return f"{y}{mo:02d}{d:02d}{(v>>12)%24:02d}{(v>>17)%60:02d}{(v>>23)%60:02d}{(v>>29)%1000:03d}"
gen = []
for i in range(40):
    s = pick(slugs, f"s{i}"); k = f"n{i}"
    site = i % 8
    if site == 0: gen.append(f"https://vnexpress.net/{s}-{4700000 + h(k) % 300000}.html")
    elif site == 1: gen.append(f"https://tuoitre.vn/{s}-{stamp(k)}.htm")
    elif site == 2: gen.append(f"https://thanhnien.vn/{s}-18{stamp(k)[2:]}.htm")
    elif site == 3: gen.append(f"https://dantri.com.vn/{pick(['xa-hoi','cong-nghe','giao-duc','phap-luat'], k)}/{s}-{stamp(k)}.htm")
    elif site == 4: gen.append(f"https://vietnamnet.vn/{s}-{2300000 + h(k) % 200000}.html")
    elif site == 5: gen.append(f"https://baochinhphu.vn/{s}-102{stamp(k)[2:]}.htm")
    elif site == 6: gen.append(f"https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID={10000 + h(k) % 2000}")
    else: gen.append(f"https://khanhhoa.gov.vn/vi/tin-tuc/{s}")
for i in range(15): gen.append(f"https://www.youtube.com/watch?v={b64id(f'yt{i}', 11)}")
for i in range(8): gen.append(f"https://youtu.be/{b64id(f'yb{i}', 11)}")
for i in range(5): gen.append(f"https://www.youtube.com/shorts/{b64id(f'ys{i}', 11)}")
users = ["vtv24news", "vnexpress.official", "tuoitre.news", "bocongan.vn", "thanhnien.news", "dantri.official"]
for i in range(10): gen.append(f"https://www.tiktok.com/@{pick(users, f'tu{i}')}/video/7{digits(f'tv{i}', 18)}")
for i in range(8): gen.append(f"https://vt.tiktok.com/ZS{b64id(f'vt{i}', 7).replace('-', 'a').replace('_', 'b')}/")
for i in range(8): gen.append(f"https://www.facebook.com/groups/{digits(f'fg{i}', 15)}/")
for i in range(5): gen.append(f"https://m.facebook.com/groups/{digits(f'mg{i}', 15)}/permalink/{digits(f'mp{i}', 16)}/")
for i in range(5): gen.append(f"https://fb.watch/{b64id(f'fw{i}', 10).replace('-', 'x').replace('_', 'y')}/")
prods = ["ao-thun-nam-cotton", "tai-nghe-bluetooth-khong-day", "sach-giao-khoa-lop-9", "balo-hoc-sinh-chong-gu",
         "sua-rua-mat-cho-da-dau", "op-lung-dien-thoai", "may-tinh-casio-fx-580vn-x"]
for i in range(8): gen.append(f"https://shopee.vn/{pick(prods, f'sp{i}')}-i.{digits(f'ss{i}', 9)}.{digits(f'si{i}', 11)}")
for i in range(6): gen.append(f"https://tiki.vn/{pick(prods, f'tp{i}')}-p{digits(f'ti{i}', 9)}.html?spid={digits(f'ts{i}', 9)}")
for i in range(6): gen.append(f"https://www.lazada.vn/products/{pick(prods, f'lp{i}')}-i{digits(f'li{i}', 10)}.html")
for i in range(5): gen.append(f"https://t.me/{pick(['durov','telegram','vnexpress','tuoitrenews','botfather'], f'tg{i}')}/{100 + h(f'tm{i}') % 9000}")
for i in range(5): gen.append(f"https://support.google.com/accounts/answer/{1000000 + h(f'ga{i}') % 9000000}?hl=vi")

brand_legit = []
for u in legit_hand + gen:
    if u not in brand_legit:
        brand_legit.append(u)
for u in brand_legit:
    hh = host_of(u)
    assert hh and not hh.endswith(".") and hh not in look_hosts, u
legit = sorted(set(doc_sel) | set(brand_legit))

# ---- write
dv, docv, pslv = env["DNSTWIST_VER"], env["DOC_VERS"], env["PSL_VER"]
with open(os.path.join(out, "lookalikes.txt"), "w", encoding="utf-8", newline="\n") as fo:
    fo.write("# Lookalike URLs imitating protected brand domains (test data; do not visit).\n")
    fo.write("# Format: URL<TAB>imitated official domain. Lines starting with '#' are comments.\n")
    fo.write("# Generated by scripts/make_link_datasets.sh; see tests/data/links/README.md.\n")
    fo.write(f"# dnstwist {dv} --format list --fuzzers <one of: {','.join(fuzzers)}> (offline); "
             f"<= {per_brand} per brand; {len(twist_lines)} lines, then {len(hand)} hand-made lines.\n")
    for l in all_look:
        fo.write(l + "\n")
with open(os.path.join(out, "legitimate.txt"), "w", encoding="utf-8", newline="\n") as fo:
    fo.write("# Legitimate URLs (official brand sites, Vietnamese news/government, Debian documentation).\n")
    fo.write("# One URL per line. Lines starting with '#' are comments.\n")
    fo.write("# Generated by scripts/make_link_datasets.sh; see tests/data/links/README.md.\n")
    fo.write(f"# Harvested from: {docv.strip()} (<= {per_host} per host); PSL {pslv}.\n")
    for u in legit:
        fo.write(u + "\n")
print(f"lookalikes: {len(all_look)} (dnstwist {len(twist_lines)}, hand-made {len(hand)})")
print("  per fuzzer:", " ".join(f"{f}={per_fuzzer.get(f, 0)}" for f in fuzzers))
print("  dropped:", stats)
print(f"legitimate: {len(legit)} (docs {len(doc_sel)} from {len(raw)} raw / {len(byhost)} hosts, "
      f"brand/news {len(brand_legit)}: hand {len(legit_hand)}, generated {len(gen)})")
PYEOF

for p in $DOC_PACKAGES; do dpkg -L "$p"; done | sort -u | while IFS= read -r f; do
    [ -f "$f" ] && printf '%s\n' "$f"
done >"$tmp/docfiles"

BRANDS="$BRANDS" FUZZERS="$FUZZERS" DNSTWIST_EXCLUDE="$DNSTWIST_EXCLUDE" PER_BRAND=$PER_BRAND \
PER_HOST=$PER_HOST PSL="$PSL" DNSTWIST_VER="$dnstwist_ver" DOC_VERS="$doc_vers" PSL_VER="$psl_ver" \
    python3 "$tmp/build.py" "$tmp" "$out"
