from ita_lint.cli import main

main()
