"""r03 (NEW FORM): a Facebook page post saved from the browser ("Save page, HTML only"): atomic-CSS div soup,
the report is the post text (emoji-led lines, <br>-less divs per line), hashtags, photo alt texts, reactions
and comments under it."""
import os, html
from common import *

NAME = 'r03_rpst_nongtaokham_results_2569'
AG = 'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองเต่าคำ'

U = [
    dict(num='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้งบประมาณของ รพ.สต.',
         steps='ติดประกาศแผนและผลการจัดซื้อจัดจ้างที่บอร์ดหน้า รพ.สต. และลงเพจทุกเดือน',
         resp='นางสาวจิราพร ศรีสุข (จพ.สาธารณสุข)', period='ต.ค. 68 – ก.ย. 69',
         output='ติดประกาศและลงเพจครบ 12 เดือน เผยแพร่แผนจัดซื้อจัดจ้าง 1 ฉบับ',
         outcome='คณะกรรมการสุขภาพตำบลและประชาชนตรวจสอบการใช้เงินบำรุงได้'),
    dict(num='2', title='รับเรื่องร้องเรียนและข้อเสนอแนะจากผู้รับบริการ',
         steps='ตั้งกล่องรับความคิดเห็น + QR Code แบบฟอร์มออนไลน์ เปิดกล่องทุกวันศุกร์',
         resp='ผอ.รพ.สต.', period='ตลอดปีงบประมาณ 2569',
         output='ได้รับข้อเสนอแนะ 17 เรื่อง (ไม่มีเรื่องร้องเรียนการทุจริต) ตอบกลับครบทุกเรื่อง',
         outcome='ผู้รับบริการพึงพอใจการให้บริการร้อยละ 94.6'),
    dict(num='3', title='ไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy)',
         steps='ประกาศนโยบายไม่รับของขวัญ ติดป้ายที่จุดบริการ และแจ้งในที่ประชุม อสม.',
         resp='ผอ.รพ.สต. และเจ้าหน้าที่ทุกคน', period=None,
         output='ติดป้ายประชาสัมพันธ์ 3 จุด แจ้งที่ประชุม อสม. 2 ครั้ง',
         outcome='ไม่มีเจ้าหน้าที่รับของขวัญจากผู้รับบริการ'),
    dict(num='4', title='ให้บริการตามลำดับคิวอย่างเท่าเทียม',
         steps='ใช้บัตรคิวตามลำดับการมาถึง ยกเว้นผู้ป่วยฉุกเฉิน ผู้สูงอายุ และผู้พิการ',
         resp='พยาบาลวิชาชีพประจำ รพ.สต.', period='ต.ค. 68 – ก.ย. 69',
         output='ใช้ระบบบัตรคิวทุกวันทำการ',
         outcome='ไม่มีข้อร้องเรียนเรื่องการลัดคิว'),
    dict(num='5', title='ส่งเสริมความรู้เรื่องผลประโยชน์ทับซ้อนแก่เจ้าหน้าที่และ อสม.',
         steps='จัดประชุมชี้แจงเรื่องผลประโยชน์ทับซ้อนร่วมกับการประชุม อสม. ประจำเดือน',
         resp='นายธนากร บุญมา (นักวิชาการสาธารณสุข)', period='ก.ค. – ส.ค. 69',
         output='ชี้แจงแล้ว 1 ครั้ง ผู้เข้าร่วม 36 คน',
         outcome='อยู่ระหว่างดำเนินการ (รอสรุปผลแบบทดสอบ)'),
]

EMO = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣']


def line(t):
    return '<div dir="auto" style="text-align: start;">%s</div>' % html.escape(t)


def build():
    post = [line('📢 ' + AG + ' อำเภอเต่าคำ จังหวัดหนองบัวลำน้ำ'),
            line('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 (1 ต.ค. 68 – 30 ก.ย. 69) ✨'),
            line('รพ.สต.บ้านหนองเต่าคำ ได้ดำเนินการตามมาตรการฯ ที่ประกาศไว้ รวม 5 มาตรการ ดังนี้ 👇')]
    for e, u in zip(EMO, U):
        post.append(line(''))
        post.append(line('%s มาตรการที่ %s %s' % (e, u['num'], u['title'])))
        post.append(line('🔸 วิธีการ: ' + u['steps']))
        post.append(line('👤 ผู้รับผิดชอบ: ' + u['resp']))
        if u['period']:
            post.append(line('🗓️ ระยะเวลา: ' + u['period']))
        post.append(line('✅ ผลการดำเนินงาน: ' + u['output']))
        post.append(line('🎯 ผลลัพธ์: ' + u['outcome']))
    post += [line(''),
             line('📊 ทั้งนี้ รพ.สต. ได้ติดตามความก้าวหน้าของทุกมาตรการในการประชุมประจำเดือน และรายงานผลต่อสาธารณสุขอำเภอเต่าคำทุกไตรมาส'),
             line('ผลการประเมิน ITA ปี 2569 ของ รพ.สต. ได้ 90.15 คะแนน ผ่าน 👏👏'),
             line(''),
             line('#ITA2570 #รพสตบ้านหนองเต่าคำ #คุณธรรมและความโปร่งใส #MOPHITA')]
    comments = [('สมศรี ใจดี', 'เยี่ยมมากค่ะ 👍👍'),
                ('อสม.บ้านโนนงาม หมู่ 4', 'ขอบคุณคุณหมอทุกท่านครับ บริการดีมาก'),
                ('Kittipong Saengdao', 'มาตรการที่ 2 สแกน QR ได้ที่ไหนครับ'),
                (AG, 'ที่ป้ายหน้าห้องบัตรได้เลยค่ะ 🙏')]
    cm = ''.join('<div class="x1n2onr6 x1iorvi4"><div class="x1y1aw1k"><span class="x193iq5w xeuugli" dir="auto">'
                 '<a class="x1i10hfl xjbqb8w" href="#" role="link"><span class="x3nfvp2">%s</span></a></span>'
                 '<div class="xdj266r x11i5rnm" dir="auto"><div dir="auto" style="text-align: start;">%s</div></div>'
                 '</div><ul class="x1n0m28w"><li><span class="x4k7w5x">1 ปี</span></li><li><div role="button">ถูกใจ</div></li>'
                 '<li><div role="button">ตอบกลับ</div></li></ul></div>' % (html.escape(a), html.escape(b)) for a, b in comments)
    page = f'''<!DOCTYPE html>
<html id="facebook" class="_9dls __fb-light-mode" lang="th" dir="ltr"><head><meta charset="utf-8">
<meta name="referrer" content="origin-when-crossorigin" id="meta_referrer">
<title>รพ.สต.บ้านหนองเต่าคำ - 📢 โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองเต่าคำ... | Facebook</title>
<meta property="og:title" content="รพ.สต.บ้านหนองเต่าคำ">
<meta property="og:description" content="📢 โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองเต่าคำ อำเภอเต่าคำ จังหวัดหนองบัวลำน้ำ รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม...">
<link rel="stylesheet" href="https://static.xx.fbcdn.net/rsrc.php/v3/yX/l/0,cross/abc123.css">
<style>.x1i10hfl{{cursor:pointer}}.x1n2onr6{{position:relative}}.x193iq5w{{max-width:100%}}.xdj266r{{margin-top:4px}}.x1lliihq{{display:block}}</style>
</head><body class="_6s5d _71pn system-fonts--body segoe" tabindex="-1">
<div id="mount_0_0_Xq" class="x9f619 x1n2onr6 x1ja2u2z">
<div role="banner" class="x1qjc9v5 x78zum5"><a aria-label="Facebook" href="#"><svg viewBox="0 0 36 36" height="40" width="40"></svg></a>
<input aria-label="ค้นหาบน Facebook" placeholder="ค้นหาบน Facebook" type="search" class="xjbqb8w"><div role="navigation" class="x6s0dn4"><a href="#" aria-label="หน้าหลัก">หน้าหลัก</a> <a href="#" aria-label="วิดีโอ">วิดีโอ</a> <a href="#" aria-label="Marketplace">Marketplace</a> <a href="#" aria-label="กลุ่ม">กลุ่ม</a></div>
<div aria-label="การแจ้งเตือน" role="button">การแจ้งเตือน <span>9+</span></div></div>
<div role="main" class="x78zum5 xdt5ytf x1iyjqo2">
<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z" aria-posinset="1" role="article" aria-labelledby=":r2a:" aria-describedby=":r2b: :r2c:">
<div class="x1cy8zhl x9f619 x78zum5"><a aria-label="รพ.สต.บ้านหนองเต่าคำ" href="#" role="link"><svg aria-hidden="true" height="40" width="40"><image height="40" width="40" href="https://scontent.fbkk5-1.fna.fbcdn.net/v/t39.30808-1/logo.jpg"></image></svg></a>
<h2 class="x1heor9g x1qlqyl8" id=":r2a:"><span class="xt0psk2"><a class="x1i10hfl" href="#" role="link"><strong><span>รพ.สต.บ้านหนองเต่าคำ</span></strong></a></span></h2>
<div class="x1n2onr6" id=":r2b:"><span class="x4k7w5x"><a href="#" role="link" aria-label="14 ตุลาคม 2569 เวลา 10:32 น.">14 ตุลาคม 2569</a></span> · <span title="แชร์กับ: สาธารณะ">🌐</span></div></div>
<div class="x1iorvi4 x1pi30zi x1l90r2v x1swvt13" dir="auto" id=":r2c:" data-ad-comet-preview="message" data-ad-preview="message">
<div class="x78zum5 xdt5ytf xz62fqu x16ldp7u"><div class="xu06os2 x1ok221b"><span class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x xudqn12 x3x7a5m x6prxxf xvq8zen xo1l8bm xzsf02u x1yc453h" dir="auto">
{''.join(post)}
</span></div></div></div>
<div class="x10l6tqk x13vifvy"><a href="#" role="link"><img alt="อาจเป็นรูปภาพของ ข้อความพูดว่า &quot;ITA 2569 รพ.สต.บ้านหนองเต่าคำ คุณธรรมและความโปร่งใส&quot;" class="x1ey2m1c xds687c x5yr21d" src="https://scontent.fbkk5-1.fna.fbcdn.net/v/t39.30808-6/ita1.jpg" referrerpolicy="origin-when-cross-origin"></a>
<a href="#" role="link"><img alt="อาจเป็นรูปภาพของ 6 คน, ผู้คนกำลังยืน และ ข้อความ" class="x1ey2m1c" src="https://scontent.fbkk5-1.fna.fbcdn.net/v/t39.30808-6/ita2.jpg"></a>
<a href="#" role="link"><img alt="อาจเป็นรูปภาพของ กล่องรับความคิดเห็น" class="x1ey2m1c" src="https://scontent.fbkk5-1.fna.fbcdn.net/v/t39.30808-6/ita3.jpg"></a>
<div class="x6s0dn4 x78zum5"><span class="x1e558r4">+3</span></div></div>
<div class="x6s0dn4 xi81zsa x78zum5"><span aria-label="ถูกใจ: 48 คน" role="toolbar">👍❤️ 48</span> <span class="x193iq5w">ความคิดเห็น 4 รายการ</span> <span class="x193iq5w">แชร์ 6 ครั้ง</span></div>
<div class="x9f619 x1n2onr6"><div aria-label="ถูกใจ" role="button">ถูกใจ</div><div aria-label="แสดงความคิดเห็น" role="button">แสดงความคิดเห็น</div><div aria-label="แชร์" role="button">แชร์</div></div>
<div class="x1jx94hy x12nagc"><div role="button" class="x1i10hfl">ความคิดเห็นที่เกี่ยวข้องมากที่สุด ▾</div>
{cm}
<div class="x1y1aw1k"><div aria-label="เขียนความคิดเห็น…" contenteditable="true" role="textbox" class="xzsf02u x1a2a7pz"><p class="xdj266r"><br></p></div></div>
</div></div></div>
<div role="complementary" class="x1n2onr6 x1vjfegm"><span>ผู้ติดต่อ</span><span>ผู้สนับสนุน</span><span>ความเป็นส่วนตัว · ข้อกำหนด · โฆษณา · ตัวเลือกโฆษณา · คุกกี้ · เพิ่มเติม · Meta © 2026</span></div>
</div>
<script type="application/json" data-content-len="512" data-sjs>{{"require":[["ScheduledServerJS","handle",null,[{{"__bbox":{{"define":[["CurrentUserInitialData",[],{{"ACCOUNT_ID":"0","USER_ID":"0"}},270]]}}}}]]]}}</script>
</body></html>
'''
    with open(os.path.join(OUT, NAME + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    write_truth(NAME + '.html', 'results', 2569, AG, 'measure', U,
                ['measure 3: no ระยะเวลา line (period not stated)',
                 'measure 5: outcome "อยู่ระหว่างดำเนินการ (รอสรุปผลแบบทดสอบ)" - not an outcome'],
                'NEW FORM: a Facebook page post saved as HTML. The report is the post text: one <div dir="auto"> per line inside '
                'a span of atomic CSS classes; keycap-emoji numbers + "มาตรการที่ n" lines open each measure, emoji-led '
                'label lines (🔸 วิธีการ / 👤 ผู้รับผิดชอบ / 🗓️ ระยะเวลา / ✅ ผลการดำเนินงาน / 🎯 ผลลัพธ์). A closing '
                'line says every measure is followed up monthly and reported to the district health office each quarter '
                '(general monitoring -> present for all). Page chrome (banner search, navigation, notification count 9+), '
                'og:description repeating the first words, photo alt texts, reaction/share counts, four comments '
                '(one asks about measure 2 - not report content), footer. Score sentence 90.15 ผ่าน (consistent). '
                'Post dated 14 ตุลาคม 2569. The report-wide range in the heading (1 ต.ค. 68 – 30 ก.ย. 69) is the coverage of the report, not measure 3\'s period (labelled missing).', general_monitoring=True)


if __name__ == '__main__':
    build()
