# conform as a container image: `docker build -t conform .`, then
#   docker run --rm -v "$PWD:/work" conform run --target http://api:8080
# Multi-stage: the Swift toolchain builds `make install`'s static-stdlib binary; the final
# image holds only that binary, libyaml and CA certificates. Untested here: docker cannot run
# on the machine this was written on; the build steps are the Makefile's, which were run.
ARG SWIFT_IMAGE=swift:6.1-noble

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libyaml-dev make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The manifest first, so dependency resolution is cached apart from source changes.
COPY Package.swift ./
RUN swift package resolve
COPY . .
# There is no .git in the build context: pass --build-arg CONFORM_COMMIT=$(git rev-parse --short HEAD).
ARG CONFORM_COMMIT=unknown
RUN CONFORM_COMMIT="$CONFORM_COMMIT" make install PREFIX=/out SCRATCH=/build \
    && /out/bin/conform --version

# The same Ubuntu release as the build image: the binary needs its C library version.
FROM ubuntu:24.04
RUN apt-get update \
    && apt-get install -y --no-install-recommends libyaml-0-2 ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/bin/conform /usr/local/bin/conform
WORKDIR /work
ENTRYPOINT ["conform"]
