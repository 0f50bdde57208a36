# A package definition
{ lib, stdenv, fetchurl, pkgs ? import <nixpkgs> {} }:

let
  version = "2.1.0";
  inherit (lib) optional optionals;
  src = fetchurl {
    url = "https://example.org/releases/hello-${version}.tar.gz";
    sha256 = "0000000000000000000000000000000000000000000000000000";
  };
in
stdenv.mkDerivation rec {
  pname = "hello";
  inherit version src;

  buildInputs = [ pkgs.zlib pkgs.openssl ] ++ optional stdenv.isLinux pkgs.systemd;
  configureFlags = [ "--enable-shared" "--prefix=$out" ];

  /* multi-line
     comment */
  installPhase = ''
    mkdir -p $out/bin
    cp hello $out/bin/
    echo ''${HOME} ${pname}
  '';

  doCheck = true;
  enableParallelBuilding = if stdenv.isDarwin then false else true;
  patches = [ ./fix-build.patch ~/patches/extra.patch ];
  meta = with lib; {
    description = "A program that says hello";
    license = licenses.gpl3;
    maintainers = [ maintainers.jane ];
    broken = x != null && y == 3;
  };
}
