#!/bin/sh
# Rebuild every round-12 document and its truth file, then verify. Sequential (soffice/chromium share a profile).
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
for s in r01_pdf_obt_huaibongnuea.py r02_docx_tnr_srichiangthong_altchunk.py r03_html_rpst_nongtaokham_facebook.py \
         r04_txt_tm_phonsawangthong.py r05_md_bcn_lamtakhong.py r06_pdf_fba_nakhonsriwari.py r07_txt_labour_khokphrathat.py \
         m01_docx_tt_nakhunyai.py m02_pdf_cgd_nongbualuang_poster.py m03_html_dlt_thungkhaoluang.py \
         m04_md_scphc_chiangkhamthong.py m05_txt_pcom_khonglamphun.py p01_md_tt_doikaeoluang_mermaid.py \
         p02_docx_hosp_kutchapthong.py p03_html_obt_sakaeothong.py p04_pdf_dld_buengkhongthong.py; do
  echo "== $s"; $PY "$s"
done
$PY verify.py
