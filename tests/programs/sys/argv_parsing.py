# args: --name Ada -v -v input.txt
import argparse
parser = argparse.ArgumentParser(prog="demo")
parser.add_argument("--name", default="nobody")
parser.add_argument("-v", action="count", default=0)
parser.add_argument("files", nargs="*")
ns = parser.parse_args()
print(ns.name, ns.v, ns.files)
print(sorted(vars(ns).items()))
