# CPython: SyntaxError: name capture 'v' makes remaining patterns unreachable
match 1:
    case v:
        pass
    case 2:
        pass
