# netconduct — the two commands of README.md, and the rest.
#   make run    install what is missing, build (Release + UI), serve demo data on :8080
#   make test   install, build under ASan+UBSan, run every test; exits non-zero on failure
SHELL := /bin/bash
JOBS ?= $(shell nproc)
RELEASE := build/release
TESTBUILD := build/test
FUZZBUILD := build/fuzz
BENCHBUILD := build/bench
LISTEN ?= 127.0.0.1:8080

.PHONY: run test deps release test-build web fuzz fuzz-build bench clean

run: deps release web
	@mkdir -p var
	@echo "netconduct: http://$(LISTEN)/"
	exec $(RELEASE)/netconduct serve --demo --data var --listen $(LISTEN) --web web/dist

test: deps test-build web fuzz-build
	scripts/run-tests $(TESTBUILD) $(FUZZBUILD)

deps:
	@scripts/install-deps

release:
	@cmake -S . -B $(RELEASE) -G Ninja -DCMAKE_BUILD_TYPE=Release -DNC_TESTS=OFF >/dev/null
	@cmake --build $(RELEASE) -j $(JOBS)

test-build:
	@cmake -S . -B $(TESTBUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DNC_SANITIZE=ON >/dev/null
	@cmake --build $(TESTBUILD) -j $(JOBS)

fuzz-build:
	@CXX=clang++-14 cmake -S . -B $(FUZZBUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNC_FUZZ=ON >/dev/null
	@cmake --build $(FUZZBUILD) -j $(JOBS)

# Each fuzz target for FUZZ_SECONDS (default 300) on its corpus.
fuzz: deps fuzz-build
	scripts/run-fuzzers $(FUZZBUILD) $${FUZZ_SECONDS:-300}

bench: deps
	@cmake -S . -B $(BENCHBUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DNC_TESTS=OFF -DNC_BENCH=ON >/dev/null
	@cmake --build $(BENCHBUILD) -j $(JOBS)

web: deps
	@scripts/build-web

clean:
	rm -rf build web/dist
