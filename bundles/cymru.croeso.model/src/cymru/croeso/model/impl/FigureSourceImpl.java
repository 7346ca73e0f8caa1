/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.FigureSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Figure Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.FigureSourceImpl#getFigure <em>Figure</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.FigureSourceImpl#getSource <em>Source</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.FigureSourceImpl#getNote <em>Note</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.FigureSourceImpl#isLocalFigureNeeded <em>Local Figure Needed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FigureSourceImpl extends EObjectImpl implements FigureSource {
	/**
	 * The default value of the '{@link #getFigure() <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigure()
	 * @generated
	 * @ordered
	 */
	protected static final String FIGURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFigure() <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigure()
	 * @generated
	 * @ordered
	 */
	protected String figure = FIGURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLocalFigureNeeded() <em>Local Figure Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocalFigureNeeded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCAL_FIGURE_NEEDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLocalFigureNeeded() <em>Local Figure Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocalFigureNeeded()
	 * @generated
	 * @ordered
	 */
	protected boolean localFigureNeeded = LOCAL_FIGURE_NEEDED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FigureSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.FIGURE_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFigure() {
		return figure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFigure(String newFigure) {
		String oldFigure = figure;
		figure = newFigure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.FIGURE_SOURCE__FIGURE, oldFigure, figure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.FIGURE_SOURCE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.FIGURE_SOURCE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLocalFigureNeeded() {
		return localFigureNeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalFigureNeeded(boolean newLocalFigureNeeded) {
		boolean oldLocalFigureNeeded = localFigureNeeded;
		localFigureNeeded = newLocalFigureNeeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.FIGURE_SOURCE__LOCAL_FIGURE_NEEDED, oldLocalFigureNeeded, localFigureNeeded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.FIGURE_SOURCE__FIGURE:
				return getFigure();
			case CroesoPackage.FIGURE_SOURCE__SOURCE:
				return getSource();
			case CroesoPackage.FIGURE_SOURCE__NOTE:
				return getNote();
			case CroesoPackage.FIGURE_SOURCE__LOCAL_FIGURE_NEEDED:
				return isLocalFigureNeeded();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CroesoPackage.FIGURE_SOURCE__FIGURE:
				setFigure((String)newValue);
				return;
			case CroesoPackage.FIGURE_SOURCE__SOURCE:
				setSource((String)newValue);
				return;
			case CroesoPackage.FIGURE_SOURCE__NOTE:
				setNote((String)newValue);
				return;
			case CroesoPackage.FIGURE_SOURCE__LOCAL_FIGURE_NEEDED:
				setLocalFigureNeeded((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CroesoPackage.FIGURE_SOURCE__FIGURE:
				setFigure(FIGURE_EDEFAULT);
				return;
			case CroesoPackage.FIGURE_SOURCE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case CroesoPackage.FIGURE_SOURCE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case CroesoPackage.FIGURE_SOURCE__LOCAL_FIGURE_NEEDED:
				setLocalFigureNeeded(LOCAL_FIGURE_NEEDED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CroesoPackage.FIGURE_SOURCE__FIGURE:
				return FIGURE_EDEFAULT == null ? figure != null : !FIGURE_EDEFAULT.equals(figure);
			case CroesoPackage.FIGURE_SOURCE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case CroesoPackage.FIGURE_SOURCE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case CroesoPackage.FIGURE_SOURCE__LOCAL_FIGURE_NEEDED:
				return localFigureNeeded != LOCAL_FIGURE_NEEDED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (figure: ");
		result.append(figure);
		result.append(", source: ");
		result.append(source);
		result.append(", note: ");
		result.append(note);
		result.append(", localFigureNeeded: ");
		result.append(localFigureNeeded);
		result.append(')');
		return result.toString();
	}

} //FigureSourceImpl
