# make release: one optimized executable with the Swift runtime linked in (it needs only
# libyaml and the C and C++ runtime at run time); make install PREFIX=DIR puts it, stripped,
# in DIR/bin.
PREFIX ?= /usr/local
SCRATCH ?= .build-release
SWIFT_RELEASE = swift build -c release --static-swift-stdlib --scratch-path $(SCRATCH)

.PHONY: release install

release:
	scripts/stamp-commit.sh
	$(SWIFT_RELEASE) --product conform; status=$$?; scripts/stamp-commit.sh --reset; exit $$status

# Stripped: the symbol tables and debug sections are half of the file.
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -s -m 755 "$$($(SWIFT_RELEASE) --show-bin-path)/conform" "$(DESTDIR)$(PREFIX)/bin/conform"
