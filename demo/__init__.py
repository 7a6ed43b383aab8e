"""The demo: a fictional region, its projects and the people behind them, in each language.

content/ holds what the demo says, one module per language; loader.py puts it in the
database; pictures.py and pdf.py draw its pictures and write its documents; generated.py
makes many more projects for the benchmark. The commands are load_demo and demo_login.
"""
