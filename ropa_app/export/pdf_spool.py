"""A reportlab PDF document that writes each page to a temporary file as the page ends (#21).

reportlab keeps every page's objects (its dictionary, its content stream) until the document is saved, and
then formats the whole file in memory (`PDFDocument.format`, the file as a list of strings joined into one):
memory grew with the page count some six times faster than the file. Here a page's dictionary and content
stream are formatted into their bytes when the page ends and written to a temporary file (the spool); the
document keeps only their object numbers and places in the spool. What is still open when a page ends is
formatted at save as before: the fonts (their subsets grow to the last page), the outline, the bookmarks,
the link annotations (a link on the contents pages points at a page laid out later), the page tree, and the
forms drawn only at the end (the page count, the contents' page numbers: a page names them, and they are
given their object numbers when a page first uses them). At save the file is written piece by piece: the
header, the spool, the other objects, the cross-reference table (every object's offset) and the trailer.

Same objects, same bytes for each of them: only their numbers and their order in the file differ from
reportlab's own save (tests/export/test_pdf_spool.py compares the two, page by page). It relies on reportlab
internals (the document's object tables, `format`'s steps); that test fails if they change.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile

from reportlab.pdfbase import pdfdoc


class _Spooled(pdfdoc.PDFObject):
    """Stands in the document's object table for an object already written to the spool."""

    def format(self, document) -> bytes:  # noqa: ANN001
        raise pdfdoc.PDFError("a spooled object is formatted once")


SPOOLED = _Spooled()


class _LateForm(pdfdoc.PDFObject):
    """A form a page uses before it is drawn (at save): its object number, kept for it."""

    def __init__(self, name: str):
        self.name = name

    def format(self, document) -> bytes:  # noqa: ANN001
        raise pdfdoc.PDFError(f"form {self.name!r} used but never defined")


class SpoolingDocument(pdfdoc.PDFDocument):
    """A `PDFDocument` that formats each page as it ends (`page_ended`) and writes it to a temporary file."""

    _spool: io.BufferedRandom | None
    _spooled: dict[str, int]  # object name -> offset in the spool
    _out = None  # the file `SaveToFile` writes to

    # Where the spool is made: on POSIX the output's folder (a file without a name there, gone with the process
    # whatever happens; not a /tmp that may be in memory); on Windows, where a temporary file has a name until
    # it is closed, the system's temporary folder.
    _folder: str | None

    @classmethod
    def take_over(cls, doc: pdfdoc.PDFDocument, target) -> None:  # noqa: ANN001 - a path or a file
        """Turn the canvas's new document into a spooling one (nothing is on a page yet)."""
        if type(doc) is not pdfdoc.PDFDocument or not isinstance(doc.encrypt, pdfdoc.NoEncryption):
            return  # an encrypted document registers each object's number with its key at save: as it was
        doc.__class__ = cls
        doc._spool, doc._spooled = None, {}
        name = getattr(target, "name", target)
        doc._folder = None
        if os.name == "posix" and isinstance(name, str | os.PathLike):
            doc._folder = os.path.dirname(os.path.abspath(name))

    def page_ended(self, page: pdfdoc.PDFPage) -> None:
        """Write the page just added (`addPage`) and its content stream to the spool; keep their places."""
        if not isinstance(page.Contents, pdfdoc.PDFStream) or self.Pages.pages[-1] is not page:
            return  # not encoded yet (pdf_parts.FormCanvas encodes it): formatted at save, as reportlab does
        if page.XObjects is not None:
            for ref in page.XObjects.dict.values():
                if ref.name not in self.idToObject:
                    self.Reference(_LateForm(ref.name), ref.name)
        if self._spool is None:
            folder = self._folder if self._folder and os.path.isdir(self._folder) else None
            self._spool = tempfile.TemporaryFile(prefix="ropa-pdf-", dir=folder)
        name = page.__InternalName__
        data = pdfdoc.PDFIndirectObject(name, page).format(self)  # gives the content stream its number
        stream = page.Contents.__InternalName__
        at = self._spool.tell()
        self._spooled[name], self._spooled[stream] = at, at + len(data)
        self._spool.write(data)
        self._spool.write(pdfdoc.PDFIndirectObject(stream, page.Contents).format(self))
        self.idToObject[name] = self.idToObject[stream] = SPOOLED
        self.Pages.pages[-1] = pdfdoc.PDFObjectReference(name)

    def close_spool(self) -> None:
        """Close (and so delete) the spool: after the save, or when the build failed or was cancelled."""
        if self._spool is not None:
            self._spool.close()
            self._spool = None

    def addForm(self, name: str, form) -> None:  # noqa: ANN001, N802 - reportlab's name
        """A form drawn at save takes the number kept for it when a page first used it."""
        internal = pdfdoc.xObjectName(name)
        if isinstance(self.idToObject.get(internal), _LateForm):
            form.__InternalName__ = internal
            self.idToObject[internal] = form
            self.inObject = None
        else:
            super().addForm(name, form)

    def hasForm(self, name: str) -> bool:  # noqa: N802 - reportlab's name
        return not isinstance(self.idToObject.get(pdfdoc.xObjectName(name), _LateForm("")), _LateForm)

    def SaveToFile(self, filename, canvas) -> None:  # noqa: ANN001, N802 - reportlab's name
        """Write the file piece by piece (`format`) rather than as one string."""
        if not hasattr(filename, "write"):
            with open(filename, "wb") as fh:
                self.SaveToFile(fh, canvas)
            return
        self._out = filename
        try:
            self.GetPDFData(canvas)  # reportlab's steps before formatting (fonts, outline), then `format`
        finally:
            self._out = None
            self.close_spool()

    def format(self) -> bytes:
        """reportlab's `PDFDocument.format`, the objects formatted at a page's end copied from the spool,
        each piece written as it is made. Returns the file when no file is given (`getpdfdata`)."""
        out = self._out if self._out is not None else io.BytesIO()
        self.encrypt.prepare(self)
        cat, info = self.Catalog, self.info
        self.Reference(cat)
        self.Reference(info)
        header = pdfdoc.PDFFile(self._pdfVersion).format(self)
        out.write(header)
        offsets = self.idToOffset
        if self._spool is not None:
            self._spool.seek(0)
            shutil.copyfileobj(self._spool, out)
            for oid, at in self._spooled.items():
                offsets[oid] = len(header) + at
            pos = len(header) + self._spool.tell()
        else:
            pos = len(header)
        ids: list[str] = []
        counter = 0
        while True:  # objects may be registered while others are formatted
            counter += 1
            oid = self.numberToId.get(counter)
            if oid is None:
                break
            ids.append(oid)
            if oid in self._spooled:
                continue
            data = pdfdoc.PDFIndirectObject(oid, self.idToObject[oid]).format(self)
            offsets[oid] = pos
            out.write(data)
            pos += len(data)
            self.idToObject[oid] = SPOOLED  # written: it leaves memory (a form for each contents line, ...)
        if counter - 1 != len(self.numberToId):
            raise ValueError(f"object numbers 1 to {counter - 1}, {len(self.numberToId)} objects")
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        data = xref.format(self)
        out.write(data)
        trailer = pdfdoc.PDFTrailer(startxref=pos, Size=len(ids) + 1, Root=self.Reference(cat),
                                    Info=self.Reference(info), ID=self.ID())  # fmt: skip
        out.write(trailer.format(self))
        return b"" if self._out is not None else out.getvalue()
