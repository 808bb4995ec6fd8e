# sys.exit with a code; finally blocks run first.
import sys


def main(argv):
    print("args:", argv[1:])
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup runs")


try:
    main(sys.argv)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code", e.code)
print("exiting with 4")
sys.exit(4)
