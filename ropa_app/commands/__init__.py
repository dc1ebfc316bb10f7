"""Sub-commands of the `ropa-app` command line. Each module has `register(subparsers)`. No Qt."""
