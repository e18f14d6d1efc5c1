import zipfile, sys, html
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
base = sys.argv[2]
# .docx: one paragraph per line (blank lines as empty paragraphs), headings as Heading styles
paras = []
for line in src:
    style = ""
    text = line
    if line.startswith("## "):
        style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'; text = line[3:]
    paras.append(f'<w:p>{style}<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p>')
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
       + "".join(paras) + '</w:body></w:document>')
with zipfile.ZipFile(base + ".docx", "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr("word/document.xml", doc)
# .pdf: wrap lines at ~90 chars, Helvetica 9pt, WinAnsi
import textwrap
out_lines = []
for line in src:
    if not line.strip(): out_lines.append(""); continue
    out_lines += textwrap.wrap(line, 95)
def esc(s):
    b = s.encode("cp1252")
    r = ""
    for c in b:
        ch = chr(c)
        if ch in "()\\": r += "\\" + ch
        elif c < 32 or c > 126: r += "\\%03o" % c
        else: r += ch
    return r
pages = [out_lines[i:i+60] for i in range(0, len(out_lines), 60)]
objs = []
objs.append("<< /Type /Catalog /Pages 2 0 R >>")
kids = " ".join(f"{4+2*i} 0 R" for i in range(len(pages)))
objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>")
objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
for i, p in enumerate(pages):
    content = "BT /F1 9 Tf 40 800 Td 11 TL " + " ".join(f"({esc(l)}) Tj T*" for l in p) + " ET"
    objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5+2*i} 0 R >>")
    objs.append(f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream")
pdf = b"%PDF-1.4\n"
offsets = []
for n, o in enumerate(objs, 1):
    offsets.append(len(pdf))
    pdf += f"{n} 0 obj\n{o}\nendobj\n".encode("latin-1")
xref = len(pdf)
pdf += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
for off in offsets: pdf += f"{off:010d} 00000 n \n".encode()
pdf += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open(base + ".pdf", "wb").write(pdf)
