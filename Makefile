# Installing datenight like any other program: `make install` (into ~/.local by default),
# `make uninstall`, `make deb`. Build as yourself first (`make`), then `sudo make install
# PREFIX=/usr/local` only copies: root never needs the Swift toolchain on its PATH.

PREFIX  ?= $(HOME)/.local
DESTDIR ?=
SWIFT   ?= swift

BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/datenight
MANDIR   = $(PREFIX)/share/man/man1
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d

VERSION := $(shell sed -n 's/.*version: "\([^"]*\)".*/\1/p' Sources/DateNightCLI/DateNight.swift)
ARCH    := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB      = build/datenight_$(VERSION)_$(ARCH).deb
# The manual's date: the last commit's, so the same sources make the same page.
MANDATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)

SOURCES := Package.swift $(shell find Sources -name '*.swift' -o -name '*.h' -o -name '*.modulemap')

# Everything `make install` copies, built as the invoking user.
BUILT = build/datenight build/datenight.1 build/completions/datenight.bash \
        build/completions/_datenight build/completions/datenight.fish

.PHONY: all install uninstall deb clean
all: $(BUILT)

# The Swift runtime and Foundation linked in, so the binary runs without the toolchain.
build/datenight: $(SOURCES)
	$(SWIFT) build -c release --product datenight --static-swift-stdlib
	mkdir -p build
	cp "$$($(SWIFT) build -c release --show-bin-path)/datenight" $@

# The manual page, generated from the argument definitions by swift-argument-parser's
# generate-manual tool, run on the binary above. (`swift package plugin generate-manual` runs
# the same tool, but first builds every product again in release without the static runtime,
# which doubles the build for nothing.) The tool lists hidden commands too: the start menu's
# entry is taken out, since `datenight` alone is how a person opens it; a blank line between
# paragraphs of a discussion becomes mdoc's paragraph break.
build/datenight.1: build/datenight
	$(SWIFT) build --product generate-manual
	mkdir -p build/man
	"$$($(SWIFT) build --show-bin-path)/generate-manual" build/datenight --date $(MANDATE) --output-directory build/man
	sed -e '/^\.It Em menu$$/,/^\.El$$/d' -e 's/^$$/.Pp/' build/man/datenight.1 > $@

build/completions/datenight.bash: build/datenight
	mkdir -p build/completions
	build/datenight --generate-completion-script bash > $@
build/completions/_datenight: build/datenight
	mkdir -p build/completions
	build/datenight --generate-completion-script zsh > $@
build/completions/datenight.fish: build/datenight
	mkdir -p build/completions
	build/datenight --generate-completion-script fish > $@

install: $(BUILT)
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(DATADIR)" "$(DESTDIR)$(MANDIR)" \
	    "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	install -m 755 -s build/datenight "$(DESTDIR)$(BINDIR)/datenight"
	rm -rf "$(DESTDIR)$(DATADIR)/scenes"
	cp -R Scenes "$(DESTDIR)$(DATADIR)/scenes"
	chmod -R u=rwX,go=rX "$(DESTDIR)$(DATADIR)"
	install -m 644 build/datenight.1 "$(DESTDIR)$(MANDIR)/datenight.1"
	install -m 644 build/completions/datenight.bash "$(DESTDIR)$(BASHDIR)/datenight"
	install -m 644 build/completions/_datenight "$(DESTDIR)$(ZSHDIR)/_datenight"
	install -m 644 build/completions/datenight.fish "$(DESTDIR)$(FISHDIR)/datenight.fish"

# Exactly what install put there: the five files and datenight's own share folder.
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/datenight" "$(DESTDIR)$(MANDIR)/datenight.1" \
	    "$(DESTDIR)$(BASHDIR)/datenight" "$(DESTDIR)$(ZSHDIR)/_datenight" "$(DESTDIR)$(FISHDIR)/datenight.fish"
	rm -rf "$(DESTDIR)$(DATADIR)"

# A Debian package of the same files under /usr (zsh's Debian folder for vendor completions).
deb: $(BUILT)
	rm -rf build/deb
	$(MAKE) install DESTDIR=$(CURDIR)/build/deb PREFIX=/usr ZSHDIR=/usr/share/zsh/vendor-completions
	gzip -9n build/deb/usr/share/man/man1/datenight.1
	install -D -m 644 LICENSE build/deb/usr/share/doc/datenight/copyright
	install -d build/deb/DEBIAN
	sed -e 's/@VERSION@/$(VERSION)/' -e 's/@ARCH@/$(ARCH)/' \
	    -e "s/@SIZE@/$$(du -sk build/deb/usr | cut -f1)/" packaging/debian/control > build/deb/DEBIAN/control
	dpkg-deb --root-owner-group --build build/deb $(DEB)
	@echo "built $(DEB): install it with: sudo apt-get install ./$(DEB)"

clean:
	rm -rf build
